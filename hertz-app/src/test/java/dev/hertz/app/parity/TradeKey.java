package dev.hertz.app.parity;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.List;

/**
 * What the parity property compares of one closed trade: the pair, the candle it entered on, the
 * candle it exited on (open times) and why it exited.
 */
record TradeKey(String pair, Instant entryCandle, Instant exitCandle, String exitReason) {
    static TradeKey of(Trade trade, Timeframe timeframe) {
        return new TradeKey(trade.pair(), timeframe.prevDate(trade.openDate()), timeframe.prevDate(trade.closeDate()),
                trade.exitReason());
    }

    static List<TradeKey> of(List<Trade> trades, Timeframe timeframe) {
        return trades.stream().map(t -> of(t, timeframe)).toList();
    }

    /** The same trade exiting one candle later. */
    TradeKey exitingLater(Timeframe timeframe) {
        return new TradeKey(pair, entryCandle, exitCandle.plusMillis(timeframe.millis()), exitReason);
    }

    @Override
    public String toString() {
        return pair + " " + entryCandle + " -> " + exitCandle + " " + exitReason;
    }
}
