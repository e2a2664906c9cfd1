package dev.hertz.app.parity;

import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Metadata;
import dev.hertz.core.strategy.Strategy;

import java.util.Map;

/**
 * A long-only strategy without indicators: it enters and exits on the candles a
 * {@link SignalPattern} names, with the exit settings the parity cases choose.
 */
final class PatternStrategy extends Strategy {
    private final SignalPattern pattern;

    /**
     * @param roi      the minimal ROI table (minutes to ratio)
     * @param stoploss the stoploss ratio (negative)
     */
    PatternStrategy(SignalPattern pattern, String timeframe, Map<Integer, Double> roi, double stoploss) {
        this.pattern = pattern;
        this.timeframe = timeframe;
        this.minimalRoi = roi;
        this.stoploss = stoploss;
        this.useExitSignal = true;
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        long[] dates = df.date();
        return df.signal(Frame.ENTER_LONG, i -> pattern.entry(metadata.pair(), dates[i]));
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        long[] dates = df.date();
        return df.signal(Frame.EXIT_LONG, i -> pattern.exit(metadata.pair(), dates[i]));
    }
}
