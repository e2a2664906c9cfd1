package dev.hertz.core.pairlist;

import dev.hertz.core.config.MaxOpenTrades;
import dev.hertz.core.exchange.Ticker;
import java.util.List;
import java.util.Map;

/**
 * Empties the whitelist while every trade slot is taken ({@code max_open_trades} > 0 and that many
 * trades open), so the bot stops analysing pairs it could not enter anyway.
 */
public final class FullTradesFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("FullTradesFilter",
            "Shrink whitelist when trade slots are full.", false, SupportsBacktesting.NO_ACTION, List.of());

    FullTradesFilter(Setup setup) {
        super(setup);
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name() + " - Shrink whitelist when trade slots are full.";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        MaxOpenTrades max = context.config().maxOpenTrades();
        TradeStatistics statistics = context.statistics();
        if (statistics != null && !max.isUnlimited() && max.value() > 0
                && statistics.openTradeCount() >= max.value()) {
            return List.of();
        }
        return List.copyOf(pairlist);
    }
}
