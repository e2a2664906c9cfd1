package dev.hertz.core.bot;

import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.persistence.Trade;

/** freqtrade's {@code adjust_stop_loss}: moving a trade's stop price, only ever towards profit. */
public final class StopLoss {
    private StopLoss() {
    }

    /**
     * Sets the stop {@code |stoploss / leverage|} away from {@code currentPrice}, rounded to the
     * pair's price precision away from the position (up for long, down for short).
     *
     * @param initial      only set a stop when the trade has none yet
     * @param allowRefresh let the stop move either way without marking it trailing
     *                     ({@code custom_stoploss} right after a fill)
     */
    public static void adjust(Trade trade, double currentPrice, double stoploss, boolean initial, boolean allowRefresh) {
        if (initial && trade.stopLoss() != 0) {
            return;
        }
        if (Double.isNaN(stoploss)) {
            return;
        }
        double leverage = trade.leverage() == 0 ? 1.0 : trade.leverage();
        double distance = Math.abs(stoploss / leverage);
        double raw = trade.isShort() ? currentPrice * (1 + distance) : currentPrice * (1 - distance);
        double newStop = roundStop(trade, raw);
        if (trade.initialStopLossPct() == null) {
            trade.setStopLoss(newStop);
            trade.setStopLossPct(-Math.abs(stoploss));
            trade.setInitialStopLoss(newStop);
            trade.setInitialStopLossPct(-Math.abs(stoploss));
            return;
        }
        boolean better = trade.isShort() ? newStop < trade.stopLoss() : newStop > trade.stopLoss();
        if (allowRefresh || better) {
            if (!allowRefresh) {
                trade.setStopLossTrailing(true);
            }
            trade.setStopLoss(newStop);
            trade.setStopLossPct(-Math.abs(stoploss));
        }
    }

    private static double roundStop(Trade trade, double price) {
        if (trade.pricePrecision() == null || trade.precisionModePrice() == null) {
            return price;
        }
        return Precision.priceToPrecision(price, trade.pricePrecision(),
                PrecisionMode.fromCode(trade.precisionModePrice()), trade.isShort() ? Rounding.ROUND_DOWN : Rounding.ROUND_UP);
    }
}
