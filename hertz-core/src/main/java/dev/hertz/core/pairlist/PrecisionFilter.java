package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.exchange.Ticker;
import java.util.List;
import java.util.Map;

/**
 * Drops pairs whose price is so low that a stoploss cannot be placed: the stop price and a price
 * 1 % below it round (up) to the same price step. Needs {@code stoploss} in the configuration; a
 * stoploss of 0 disables the filter.
 */
public final class PrecisionFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("PrecisionFilter",
            "Filters low-value coins which would not allow setting stoplosses.", false, SupportsBacktesting.BIASED,
            List.of());

    private final boolean enabled;
    /** {@code 1 - abs(stoploss)}: the stop price as a fraction of the last price. */
    private final double stopFactor;

    PrecisionFilter(Setup setup) {
        super(setup);
        if (context.config().stoploss().isEmpty()) {
            throw new ConfigurationError("PrecisionFilter can only work with stoploss defined. Please add the "
                    + "stoploss key to your configuration (overwrites eventual strategy settings).");
        }
        double stoploss = context.config().stoploss().getAsDouble();
        enabled = stoploss != 0;
        stopFactor = 1 - Math.abs(stoploss);
    }

    @Override
    public boolean needsTickers() {
        return true;
    }

    @Override
    public String shortDesc() {
        return name() + " - Filtering untradable pairs.";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        return enabled ? keepIf(pairlist, tickers, this::canPlaceStop) : List.copyOf(pairlist);
    }

    private boolean canPlaceStop(String pair, Ticker ticker) {
        if (ticker == null || ticker.last() == null) {
            log.info("Removed " + pair + " from whitelist, because ticker['last'] is empty "
                    + "(Usually no trade in the last 24h).");
            return false;
        }
        double stopPrice = ticker.last() * stopFactor;
        Market market = context.exchange().markets().get(pair);
        Double precision = market == null ? null : market.pricePrecision();
        var mode = market == null ? null : market.precisionMode();
        double stop = Precision.priceToPrecision(stopPrice, precision, mode, Rounding.ROUND_UP);
        double gap = Precision.priceToPrecision(stopPrice * 0.99, precision, mode, Rounding.ROUND_UP);
        if (stop <= gap) {
            log.info("Removed " + pair + " from whitelist, because stop price " + PythonFormat.floatRepr(stop)
                    + " would be <= stop limit " + PythonFormat.floatRepr(gap));
            return false;
        }
        return true;
    }
}
