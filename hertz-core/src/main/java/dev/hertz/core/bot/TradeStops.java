package dev.hertz.core.bot;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.persistence.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * freqtrade's {@code Trade.adjust_stop_loss} (reference §2.6): sets a trade's stop from a price and
 * a stoploss ratio. The first call fixes the initial stop; later calls only move it in the profit
 * direction (up for longs, down for shorts) and mark the trade as trailing, unless a refresh is
 * asked for.
 */
public final class TradeStops {

    private static final Logger LOG = LoggerFactory.getLogger(TradeStops.class);

    private TradeStops() {
    }

    /**
     * Moves the stop of {@code trade} to {@code currentPrice × (1 ∓ |stoploss / leverage|)}, rounded
     * to the trade's price precision up (long) or down (short).
     *
     * @param stoploss     negative ratio, e.g. -0.1; null leaves the trade alone
     * @param initial      only set a stop when the trade has none yet
     * @param allowRefresh move the stop in either direction without marking the trade as trailing
     */
    public static void adjustStopLoss(Trade trade, double currentPrice, Double stoploss, boolean initial,
                                      boolean allowRefresh) {
        if (stoploss == null || (initial && trade.stopLoss() != 0.0)) {
            return;
        }
        double leverage = trade.leverage() == 0.0 ? 1.0 : trade.leverage();
        double distance = Math.abs(stoploss / leverage);
        double newLoss = trade.isShort() ? currentPrice * (1 + distance) : currentPrice * (1 - distance);
        Rounding rounding = trade.isShort() ? Rounding.ROUND_DOWN : Rounding.ROUND_UP;
        PrecisionMode mode = trade.precisionModePrice() == null ? null
                : PrecisionMode.fromCode(trade.precisionModePrice());
        double stop = Precision.priceToPrecision(newLoss, trade.pricePrecision(), mode, rounding);
        if (trade.initialStopLossPct() == null) {
            setStopLoss(trade, stop, stoploss);
            trade.setInitialStopLoss(Precision.priceToPrecision(stop, trade.pricePrecision(), mode, rounding));
            trade.setInitialStopLossPct(-Math.abs(stoploss));
        } else {
            boolean better = trade.isShort() ? stop < trade.stopLoss() : stop > trade.stopLoss();
            if (allowRefresh || better) {
                LOG.debug("{} - Adjusting stoploss...", trade.pair());
                if (!allowRefresh) {
                    trade.setStopLossTrailing(true);
                }
                setStopLoss(trade, stop, stoploss);
            } else {
                LOG.debug("{} - Keeping current stoploss...", trade.pair());
            }
        }
        if (!LOG.isDebugEnabled()) {
            // the backtester trails stops on every candle: the formatting below is not free
            return;
        }
        LOG.debug("{} - Stoploss adjusted. current_price={}, open_rate={}, max_rate={}, initial_stop_loss={}, "
                        + "stop_loss={}. Trailing stoploss saved us: {}.", trade.pair(),
                PythonFormat.fixed(currentPrice, 8), PythonFormat.fixed(trade.openRate(), 8),
                PythonFormat.fixed(trade.maxRate() != 0.0 ? trade.maxRate() : trade.openRate(), 8),
                PythonFormat.fixed(trade.initialStopLoss(), 8), PythonFormat.fixed(trade.stopLoss(), 8),
                PythonFormat.fixed(trade.stopLoss() - trade.initialStopLoss(), 8));
    }

    private static void setStopLoss(Trade trade, double stop, double percent) {
        if (trade.stopLoss() == 0.0) {
            trade.setInitialStopLoss(stop);
        }
        trade.setStopLoss(stop);
        trade.setStopLossPct(-Math.abs(percent));
    }
}
