package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drops pairs by their last price: when one price step is more than {@code low_price_ratio} of
 * the price, when the smallest amount step is worth more than {@code max_value}, below
 * {@code min_price} or above {@code max_price}. Every limit is off at 0; a pair without a last
 * price is always dropped (unless every limit is off).
 */
public final class PriceFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("PriceFilter", "Filter pairs by price.", false,
            SupportsBacktesting.BIASED, List.of(
            PairlistParameter.number("low_price_ratio", 0, "Low price ratio",
                    "Remove pairs where a price move of 1 price unit (pip) is above this ratio."),
            PairlistParameter.number("min_price", 0, "Minimum price", "Remove pairs with a price below this value."),
            PairlistParameter.number("max_price", 0, "Maximum price", "Remove pairs with a price above this value."),
            PairlistParameter.number("max_value", 0, "Maximum value",
                    "Remove pairs with a value (price * amount) above this value.")));

    private final double lowPriceRatio;
    private final double minPrice;
    private final double maxPrice;
    private final double maxValue;
    private final String maxValueText;

    PriceFilter(Setup setup) {
        super(setup);
        lowPriceRatio = nonNegative("low_price_ratio").value();
        minPrice = nonNegative("min_price").value();
        maxPrice = nonNegative("max_price").value();
        ParamNumber max = nonNegative("max_value");
        maxValue = max.value();
        maxValueText = max.text();
    }

    private ParamNumber nonNegative(String key) {
        ParamNumber v = params.number(key, ParamNumber.of(0));
        if (v.value() < 0) {
            throw new ConfigurationError("PriceFilter requires " + key + " to be >= 0");
        }
        return v;
    }

    @Override
    public boolean needsTickers() {
        return true;
    }

    @Override
    public String shortDesc() {
        List<String> active = new ArrayList<>();
        if (lowPriceRatio != 0) {
            active.add("below " + PythonFormat.percent(lowPriceRatio, 1));
        }
        if (minPrice != 0) {
            active.add("below " + PythonFormat.fixed(minPrice, 8));
        }
        if (maxPrice != 0) {
            active.add("above " + PythonFormat.fixed(maxPrice, 8));
        }
        if (maxValue != 0) {
            active.add("Value above " + PythonFormat.fixed(maxValue, 8));
        }
        if (!active.isEmpty()) {
            return name() + " - Filtering pairs priced " + String.join(" or ", active) + ".";
        }
        return name() + " - No price filters configured.";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        boolean enabled = lowPriceRatio > 0 || minPrice > 0 || maxPrice > 0 || maxValue > 0;
        return enabled ? keepIf(pairlist, tickers, this::priceIsAcceptable) : List.copyOf(pairlist);
    }

    private boolean priceIsAcceptable(String pair, Ticker ticker) {
        if (ticker == null || ticker.last() == null || ticker.last() == 0) {
            log.info("Removed " + pair + " from whitelist, because ticker['last'] is empty "
                    + "(Usually no trade in the last 24h).");
            return false;
        }
        double price = ticker.last();
        Market market = context.exchange().markets().get(pair);
        if (lowPriceRatio != 0 && market != null && market.pricePrecision() != null) {
            double change = Precision.onePip(market) / price;
            if (change > lowPriceRatio) {
                log.info("Removed " + pair + " from whitelist, because 1 unit is " + PythonFormat.percent(change, 3));
                return false;
            }
        }
        if (maxValue != 0 && market != null && market.limits().amount().min() != null
                && market.amountPrecision() != null) {
            double minAmount = market.limits().amount().min();
            double step = market.precisionMode() == PrecisionMode.TICK_SIZE
                    ? market.amountPrecision() : Math.pow(0.1, market.amountPrecision());
            double diff = (minAmount + step) * price - minAmount * price;
            if (diff > maxValue) {
                log.info("Removed " + pair + " from whitelist, because min value change of "
                        + PythonFormat.floatRepr(diff) + " > " + maxValueText + ".");
                return false;
            }
        }
        if (minPrice != 0 && price < minPrice) {
            log.info("Removed " + pair + " from whitelist, because last price < " + PythonFormat.fixed(minPrice, 8));
            return false;
        }
        if (maxPrice != 0 && price > maxPrice) {
            log.info("Removed " + pair + " from whitelist, because last price > " + PythonFormat.fixed(maxPrice, 8));
            return false;
        }
        return true;
    }
}
