package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.Ticker;
import java.util.List;
import java.util.Map;

/**
 * Drops pairs whose bid/ask spread {@code 1 - bid / ask} exceeds {@code max_spread_ratio}, and
 * pairs whose ticker lacks a bid or an ask. A ratio of 0 disables the filter.
 */
public final class SpreadFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("SpreadFilter", "Filter by bid/ask difference.",
            false, SupportsBacktesting.NO, List.of(
            PairlistParameter.number("max_spread_ratio", 0.005, "Max spread ratio",
                    "Max spread ratio for a pair to be considered.")));

    private final double maxSpreadRatio;

    SpreadFilter(Setup setup) {
        super(setup);
        maxSpreadRatio = params.number("max_spread_ratio", ParamNumber.of(0.005)).value();
    }

    @Override
    public boolean needsTickers() {
        return true;
    }

    @Override
    public String shortDesc() {
        return name() + " - Filtering pairs with ask/bid diff above " + PythonFormat.percent(maxSpreadRatio, 2) + ".";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        return maxSpreadRatio != 0 ? keepIf(pairlist, tickers, this::spreadIsAcceptable) : List.copyOf(pairlist);
    }

    private boolean spreadIsAcceptable(String pair, Ticker ticker) {
        if (ticker != null && ticker.ask() != null && ticker.bid() != null && ticker.ask() != 0 && ticker.bid() != 0) {
            double spread = 1 - ticker.bid() / ticker.ask();
            if (spread > maxSpreadRatio) {
                log.info("Removed " + pair + " from whitelist, because spread " + PythonFormat.percent(spread, 3)
                        + " > " + PythonFormat.percent(maxSpreadRatio, 3));
                return false;
            }
            return true;
        }
        log.info("Removed " + pair + " from whitelist due to invalid ticker data: " + describe(ticker));
        return false;
    }

    private static String describe(Ticker t) {
        if (t == null) {
            return "None";
        }
        return "{'symbol': " + PythonFormat.repr(t.symbol()) + ", 'bid': " + number(t.bid()) + ", 'ask': "
                + number(t.ask()) + ", 'last': " + number(t.last()) + "}";
    }

    private static String number(Double v) {
        return v == null ? "None" : PythonFormat.floatRepr(v);
    }
}
