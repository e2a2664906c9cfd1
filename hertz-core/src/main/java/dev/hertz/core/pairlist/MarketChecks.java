package dev.hertz.core.pairlist;

import dev.hertz.core.config.TradingMode;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.PrecisionMode;

/** freqtrade's {@code market_is_tradable} for the configured trading mode. */
final class MarketChecks {

    /** Ticks this small break the price maths, so such markets are left alone. */
    private static final double MIN_TICK = 1e-11;

    private MarketChecks() {
    }

    static boolean isTradable(Market market, TradingMode mode) {
        boolean sanePrecision = market.precisionMode() != PrecisionMode.TICK_SIZE
                || market.pricePrecision() == null || market.pricePrecision() > MIN_TICK;
        boolean rightKind = switch (mode) {
            case SPOT -> market.spot();
            case MARGIN -> market.margin();
            case FUTURES -> market.futures();
        };
        return sanePrecision && rightKind;
    }
}
