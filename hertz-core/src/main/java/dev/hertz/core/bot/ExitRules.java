package dev.hertz.core.bot;

import dev.hertz.core.persistence.Trade;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one implementation of freqtrade's exit decision ({@code should_exit} and
 * {@code ft_stoploss_reached}): ROI by trade age, stoploss, trailing stop, exit signal and
 * {@code custom_exit}, in freqtrade's priority. The live bot passes the current rate; the
 * backtester also passes the candle's low and high, which is the only difference between them.
 */
public final class ExitRules {
    private final ExitSettings settings;
    private final ExitCallbacks callbacks;

    public ExitRules(ExitSettings settings, ExitCallbacks callbacks) {
        this.settings = settings;
        this.callbacks = callbacks;
    }

    public ExitSettings settings() {
        return settings;
    }

    /**
     * Every reason to exit {@code trade} now, most important first; empty to stay in. Updates the
     * trade's {@code max_rate}/{@code min_rate} and moves its stop, as freqtrade does.
     *
     * @param rate     the exit rate (live: from {@code get_rate}; backtest: the candle's open/close)
     * @param enter    the entry signal of the trade's direction on the last analysed candle
     * @param exit     the exit signal of the trade's direction on the last analysed candle
     * @param exitTag  the candle's {@code exit_tag}, or null
     * @param low      the candle low in backtesting, {@code NaN} live
     * @param high     the candle high in backtesting, {@code NaN} live
     */
    public List<ExitCheck> shouldExit(Trade trade, double rate, Instant now, boolean enter, boolean exit,
                                      String exitTag, double low, double high) {
        double currentProfit = trade.calcProfitRatio(rate, now);
        double bestProfit = currentProfit;
        if (!Double.isNaN(low) || !Double.isNaN(high)) {
            double best = or(trade.isShort() ? low : high, rate);
            bestProfit = trade.calcProfitRatio(best, now);
        }
        adjustMinMaxRates(trade, or(high, rate), or(low, rate));
        ExitType stop = stoplossReached(trade, rate, now, currentProfit, low, high, false);

        List<ExitCheck> exits = new ArrayList<>(3);
        ExitCheck signal = exitSignal(trade, rate, now, enter, exit, exitTag, currentProfit);
        if (signal != null) {
            exits.add(signal);
        }
        if (stop == ExitType.STOP_LOSS || stop == ExitType.LIQUIDATION) {
            exits.add(ExitCheck.of(stop));
        }
        boolean roiAllowed = !(enter && settings.ignoreRoiIfEntrySignal());
        if (roiAllowed && roiReached(trade, bestProfit, now)) {
            exits.add(ExitCheck.of(ExitType.ROI));
        }
        if (stop == ExitType.TRAILING_STOP_LOSS) {
            exits.add(ExitCheck.of(stop));
        }
        return exits;
    }

    private ExitCheck exitSignal(Trade trade, double rate, Instant now, boolean enter, boolean exit, String exitTag,
                                 double currentProfit) {
        if (!settings.useExitSignal()) {
            return null;
        }
        if (exit && !enter) {
            // exit_profit_only holds back the signal, never custom_exit
            if (settings.exitProfitOnly() && currentProfit <= settings.exitProfitOffset()) {
                return null;
            }
            return new ExitCheck(ExitType.EXIT_SIGNAL, exitTag);
        }
        String custom = callbacks.customExit(trade.pair(), trade, now, rate, currentProfit);
        return custom == null || custom.isBlank() ? null : new ExitCheck(ExitType.CUSTOM_EXIT, custom.strip());
    }

    /**
     * Moves the stop (custom stoploss, trailing) and reports whether it, or the liquidation price,
     * was hit: {@link ExitType#STOP_LOSS}, {@link ExitType#TRAILING_STOP_LOSS},
     * {@link ExitType#LIQUIDATION} or {@code null}.
     */
    public ExitType stoplossReached(Trade trade, double rate, Instant now, double currentProfit, double low,
                                    double high, boolean afterFill) {
        double value = settings.stoploss();
        TradeStops.adjustStopLoss(trade, trade.openRate(), value, true, false);
        double lowOrRate = or(low, rate);
        double highOrRate = or(high, rate);
        boolean dirCorrect = trade.isShort() ? trade.stopLoss() > highOrRate : trade.stopLoss() < lowOrRate;
        double bound = trade.isShort() ? low : high;
        double boundOrRate = or(bound, rate);
        double boundProfit = Double.isNaN(bound) ? currentProfit : trade.calcProfitRatio(bound, now);

        if (settings.useCustomStoploss() && dirCorrect) {
            double custom = callbacks.customStoploss(trade.pair(), trade, now, boundOrRate, boundProfit, afterFill);
            if (custom != 0 && Double.isFinite(custom)) {
                value = custom;
                TradeStops.adjustStopLoss(trade, boundOrRate, value, false, afterFill);
            }
        }
        if (settings.trailingStop() && dirCorrect) {
            double offset = settings.trailingStopPositiveOffset();
            if (!(settings.trailingOnlyOffsetIsReached() && boundProfit < offset)) {
                if (!Double.isNaN(settings.trailingStopPositive()) && boundProfit > offset) {
                    value = settings.trailingStopPositive();
                }
                TradeStops.adjustStopLoss(trade, boundOrRate, value, false, false);
            }
        }

        boolean stopHit = trade.isShort() ? trade.stopLoss() <= highOrRate : trade.stopLoss() >= lowOrRate;
        if (stopHit && settings.botChecksStoploss()) {
            return trade.isStopLossTrailing() ? ExitType.TRAILING_STOP_LOSS : ExitType.STOP_LOSS;
        }
        Double liquidation = trade.liquidationPrice();
        if (liquidation != null && liquidation != 0
                && (trade.isShort() ? liquidation <= highOrRate : liquidation >= lowOrRate)) {
            return ExitType.LIQUIDATION;
        }
        return null;
    }

    /** ROI: the step active at the trade's age in whole minutes, exited when profit is strictly above it. */
    public boolean roiReached(Trade trade, double profit, Instant now) {
        long minutes = Math.floorDiv(Duration.between(trade.openDate(), now).getSeconds(), 60);
        double required = settings.minimalRoi().activeRatio(minutes);
        return !Double.isNaN(required) && profit > required;
    }

    private static void adjustMinMaxRates(Trade trade, double high, double low) {
        double max = trade.maxRate() == 0 ? trade.openRate() : trade.maxRate();
        trade.setMaxRate(Math.max(high, max));
        double min = trade.minRate() == null || trade.minRate() == 0 ? trade.openRate() : trade.minRate();
        trade.setMinRate(Math.min(low, min));
    }

    private static double or(double value, double fallback) {
        return Double.isNaN(value) || value == 0 ? fallback : value;
    }
}
