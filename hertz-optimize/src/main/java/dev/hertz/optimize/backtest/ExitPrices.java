package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.ExitSettings;
import dev.hertz.core.bot.ExitType;
import dev.hertz.core.persistence.Trade;

/**
 * The price a backtested exit is placed at (reference §7.4): the stop for stop exits, the
 * fee-aware ROI price for ROI exits, the candle open otherwise, each kept inside the candle.
 */
final class ExitPrices {
    private final ExitSettings settings;
    private final long timeframeMinutes;

    ExitPrices(ExitSettings settings, long timeframeMinutes) {
        this.settings = settings;
        this.timeframeMinutes = timeframeMinutes;
    }

    /**
     * @param tradeMinutes whole minutes since the trade opened
     * @return the close rate, or {@code NaN} when this exit cannot happen on this candle (ROI on
     *         the entry candle that the candle's shape rules out)
     */
    double closeRate(Row row, Trade trade, ExitType type, long tradeMinutes) {
        return switch (type) {
            case STOP_LOSS, TRAILING_STOP_LOSS, LIQUIDATION -> stopRate(row, trade, type, tradeMinutes);
            case ROI -> roiRate(row, trade, tradeMinutes);
            default -> row.open;
        };
    }

    private double stopRate(Row row, Trade trade, ExitType type, long tradeMinutes) {
        boolean isShort = trade.isShort();
        double leverage = leverage(trade);
        double side = isShort ? -1 : 1;
        Double liquidation = trade.liquidationPrice();
        double stop = type == ExitType.LIQUIDATION && liquidation != null && liquidation != 0
                ? liquidation : trade.stopLoss();
        // the stop was already beyond this candle (an exit order that did not fill earlier): the open
        if (isShort ? stop < row.low : stop > row.high) {
            return row.open;
        }
        if (type == ExitType.TRAILING_STOP_LOSS && tradeMinutes == 0) {
            // trailed and hit inside the entry candle: assume the worst path through the candle
            double rate;
            double positive = settings.trailingStopPositive();
            if (!settings.useCustomStoploss() && settings.trailingStop() && settings.trailingOnlyOffsetIsReached()
                    && !Double.isNaN(positive) && positive != 0) {
                rate = row.open * (1 + side * Math.abs(settings.trailingStopPositiveOffset())
                        - side * Math.abs(positive / leverage));
            } else {
                double pct = trade.stopLossPct() == null ? 0.0 : trade.stopLossPct();
                rate = row.open * (1 - side * Math.abs(pct / leverage));
            }
            return isShort ? Math.min(row.high, rate) : Math.max(row.low, rate);
        }
        return stop;
    }

    private double roiRate(Row row, Trade trade, long tradeMinutes) {
        int step = settings.minimalRoi().activeMinutes(tradeMinutes);
        if (step < 0) {
            return row.open;
        }
        double roi = settings.minimalRoi().activeRatio(tradeMinutes);
        boolean isShort = trade.isShort();
        double side = isShort ? -1 : 1;
        if (roi == -1 && step % timeframeMinutes == 0) {
            return row.open;
        }
        double openRate = trade.openRate();
        double roiRate = openRate * roi / leverage(trade);
        double openFeeRate = side * openRate * (1 + side * trade.feeOpen());
        double closeRate = -(roiRate + openFeeRate) / (trade.feeClose() - side);
        boolean openBeyond = isShort ? row.open < closeRate : row.open > closeRate;
        if (tradeMinutes > 0 && tradeMinutes == step && step % timeframeMinutes == 0 && openBeyond) {
            // a new ROI step took effect exactly at this candle's open
            return row.open;
        }
        if (tradeMinutes == 0 && (isShort
                ? row.open < row.close && openRate > row.open && closeRate < row.close
                : row.open > row.close && openRate < row.open && closeRate > row.close)) {
            // an entry below the open of a falling candle cannot have reached a ROI above its close
            return Double.NaN;
        }
        return Math.min(Math.max(closeRate, row.low), row.high);
    }

    private static double leverage(Trade trade) {
        return trade.leverage() == 0 ? 1.0 : trade.leverage();
    }
}
