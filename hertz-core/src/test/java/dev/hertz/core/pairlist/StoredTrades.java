package dev.hertz.core.pairlist;

import dev.hertz.core.persistence.Trade;
import java.time.Instant;

/** Closed trades as the bot stores them, for tests that read trades back from a database. */
public final class StoredTrades {

    private StoredTrades() {
    }

    /** A closed spot trade of {@code pair} that closed at {@code closeDate} with {@code closeProfit}. */
    public static Trade closed(String pair, Instant closeDate, double closeProfit, String exitReason, boolean isShort) {
        Trade t = new Trade();
        t.setExchange("binance");
        t.setPair(pair);
        t.setOpenRate(1.0);
        t.setAmount(10.0);
        t.setStakeAmount(10.0);
        t.setFeeOpen(0.001);
        t.setFeeClose(0.001);
        t.setOpenDate(closeDate.minusSeconds(3600));
        t.setShort(isShort);
        t.recalcOpenTradeValue();
        t.setOpen(false);
        t.setCloseDate(closeDate);
        t.setCloseRate(1.0 + closeProfit);
        t.setCloseProfit(closeProfit);
        t.setCloseProfitAbs(closeProfit * 10);
        t.setExitReason(exitReason);
        return t;
    }
}
