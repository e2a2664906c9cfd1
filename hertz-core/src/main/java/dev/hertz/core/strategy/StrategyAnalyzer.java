package dev.hertz.core.strategy;

import dev.hertz.core.data.Candles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a strategy over the candles of each pair and keeps the latest analysed frame per pair:
 * freqtrade's {@code analyze_pair} together with its signal readers.
 *
 * <p><b>Isolation.</b> A strategy is user code. When it throws, or returns a frame whose length,
 * last close or last date differ from the candles it was given, that pair is skipped for this
 * round (no analysed frame, so no signals) and the bot carries on with the other pairs. Each
 * kind of failure is logged once per pair until the pair analyses cleanly again; with
 * {@code disable_dataframe_checks} the frame checks only warn. With
 * {@code process_only_new_candles} a pair is analysed again only when its last candle changed.
 *
 * <p><b>Threads.</b> One bot loop calls {@link #analyze}; other threads (the REST API) may read
 * {@link #analyzedFrame} and {@link #latest} concurrently. Each analysis builds a new frame and
 * publishes it through a concurrent map, never changing it afterwards, so a reader sees either the
 * previous frame or the new one, complete. The frames handed out must be treated as read-only.
 */
public final class StrategyAnalyzer {

    /**
     * A pair's latest analysed frame (freqtrade's cached dataframe and its {@code last_analyzed}).
     *
     * @param frame      read-only
     * @param analyzedAt when the analysis that produced it ran
     */
    public record Analyzed(Frame frame, Instant analyzedAt) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StrategyAnalyzer.class);

    private final Strategy strategy;
    private final InstantSource clock;
    private final SignalReader signals;
    private final Map<String, Analyzed> analysed = new ConcurrentHashMap<>();
    private final Map<String, Long> lastCandleSeen = new ConcurrentHashMap<>();
    /** The kind of the last failure logged per pair, so that a repeating failure is logged once. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    /**
     * @param strategy a strategy loaded by {@link StrategyResolver}
     * @param clock    what "now" is when reading signals (staleness, expired candles)
     */
    public StrategyAnalyzer(Strategy strategy, InstantSource clock) {
        this.strategy = strategy;
        this.clock = clock;
        this.signals = new SignalReader(strategy);
    }

    /**
     * Analyses the closed candles of {@code pair} (indicators, then entry, then exit signals)
     * unless they were already analysed.
     *
     * @return the pair's analysed frame after this call; empty when this or the last analysis
     *         failed or no candles have been seen yet
     */
    public Optional<Frame> analyze(String pair, Candles candles) {
        if (candles.isEmpty()) {
            LOG.warn("Empty candle (OHLCV) data for pair {}", pair);
            return analyzedFrame(pair);
        }
        long lastDate = candles.lastDate();
        Long seen = lastCandleSeen.put(pair, lastDate);
        if (strategy.processOnlyNewCandles() && seen != null && seen == lastDate) {
            LOG.debug("Skipping TA Analysis for already analyzed candle");
            return analyzedFrame(pair);
        }
        Frame input = Frame.of(candles.dates(), candles.opens(), candles.highs(), candles.lows(), candles.closes(),
                candles.volumes());
        int length = input.length();
        double lastClose = input.close()[length - 1];
        try {
            Frame result = populate(input, new Metadata(pair, strategy.timeframe()));
            String mismatch = mismatch(result, length, lastClose, lastDate);
            if (mismatch != null && !strategy.disableDataframeChecks()) {
                fail(pair, mismatch, mismatch, null);
                return Optional.empty();
            }
            if (mismatch != null) {
                LOG.warn(mismatch);
            }
            analysed.put(pair, new Analyzed(result, clock.instant()));
            if (failures.remove(pair) != null) {
                LOG.info("Analysis of pair {} succeeds again.", pair);
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // Strategy code may fail in any way, including a class it needs being absent; none of it may stop the bot.
            fail(pair, e.getClass().getName(), e.toString(), e);
            return Optional.empty();
        }
        return analyzedFrame(pair);
    }

    /** The last successfully analysed frame of {@code pair}. */
    public Optional<Frame> analyzedFrame(String pair) {
        return latest(pair).map(Analyzed::frame);
    }

    /** The last successfully analysed frame of {@code pair} with the time it was analysed. */
    public Optional<Analyzed> latest(String pair) {
        return Optional.ofNullable(analysed.get(pair));
    }

    /** The entry signal on the pair's latest analysed candle (see {@link SignalReader} rules). */
    public Optional<EntrySignal> entrySignal(String pair) {
        Analyzed latest = analysed.get(pair);
        return latest == null ? Optional.empty() : signals.entry(pair, latest.frame(), clock.instant());
    }

    /** The signals on the pair's latest analysed candle that concern an open trade of that direction. */
    public ExitSignal exitSignal(String pair, boolean isShort) {
        Analyzed latest = analysed.get(pair);
        return latest == null ? ExitSignal.NONE : signals.exit(pair, latest.frame(), isShort, clock.instant());
    }

    /** freqtrade's {@code advise_indicators}, {@code advise_entry}, {@code advise_exit}, tag columns pre-filled. */
    private Frame populate(Frame frame, Metadata metadata) {
        return adviseSignals(strategy, require(strategy.populateIndicators(frame, metadata)), metadata);
    }

    /**
     * freqtrade's {@code advise_entry} and {@code advise_exit} on a frame that has its indicators:
     * the tag columns pre-filled with {@code ""}, then the strategy's entry and exit signals. Hyperopt
     * calls it once per epoch on a {@link Frame#view()} of indicators computed once.
     *
     * @throws IllegalStateException when the strategy returns no frame
     */
    public static Frame adviseSignals(Strategy strategy, Frame withIndicators, Metadata metadata) {
        Frame df = withIndicators;
        df.setStrings(Frame.ENTER_TAG, emptyTags(df.length()));
        df = require(strategy.populateEntryTrend(df, metadata));
        df.setStrings(Frame.EXIT_TAG, emptyTags(df.length()));
        return require(strategy.populateExitTrend(df, metadata));
    }

    private static Frame require(Frame df) {
        if (df == null) {
            throw new IllegalStateException("No dataframe returned (return statement missing?).");
        }
        return df;
    }

    private static String[] emptyTags(int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, "");
        return tags;
    }

    /** freqtrade's {@code assert_df}: the strategy must not drop, add or change candles. */
    private static String mismatch(Frame result, int length, double lastClose, long lastDate) {
        String template = "Dataframe returned from strategy has mismatching %s.";
        if (result.length() != length) {
            return template.formatted("length");
        }
        if (Double.compare(result.close()[length - 1], lastClose) != 0) {
            return template.formatted("last close price");
        }
        if (result.date()[length - 1] != lastDate) {
            return template.formatted("last date");
        }
        return null;
    }

    private void fail(String pair, String kind, String message, Throwable cause) {
        analysed.remove(pair);
        if (kind.equals(failures.put(pair, kind))) {
            LOG.debug("Unable to analyze candle (OHLCV) data for pair {}: {}", pair, message);
        } else if (cause != null) {
            LOG.warn("Unable to analyze candle (OHLCV) data for pair {}: {}", pair, message, cause);
        } else {
            LOG.warn("Unable to analyze candle (OHLCV) data for pair {}: {}", pair, message);
        }
    }
}
