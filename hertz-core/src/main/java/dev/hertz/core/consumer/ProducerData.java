package dev.hertz.core.consumer;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Frame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a consumer bot has received from its producers: each producer's whitelist and, per
 * (pair, timeframe, candle type), its analysed frame with the time of analysis (freqtrade keeps
 * these inside its {@code DataProvider}). Strategies read it through {@code dp.getProducerPairs}
 * and {@code dp.getProducerDf}.
 *
 * <p><b>Threads.</b> Each producer's connection thread writes only that producer's entries; the
 * bot loop reads. A stored frame is never changed after it is published (a merge builds a new
 * one), and readers get a copy, so the bot loop never waits for a connection.
 */
public final class ProducerData {
    /** The producer name strategies read when they name none (freqtrade's {@code "default"}). */
    public static final String DEFAULT_PRODUCER = "default";
    /** An incoming frame this long is a whole frame, not candles to append (freqtrade's threshold). */
    static final int FULL_DATAFRAME_THRESHOLD = 100;
    /** Candles kept per frame, as freqtrade keeps. */
    static final int MAX_CANDLES = 1500;

    /** freqtrade's {@code (pair, timeframe, candle_type)}. */
    record SeriesKey(String pair, String timeframe, String candleType) {
    }

    private record Analysed(Frame frame, Instant lastAnalyzed) {
    }

    /**
     * The outcome of {@link #add}: appended, or how many candles are missing before the incoming
     * ones (1000 when nothing is held yet), so the caller can ask the producer for them.
     */
    record Merge(boolean appended, int missing) {
        static final Merge APPENDED = new Merge(true, 0);
    }

    private final Map<String, List<String>> pairs = new ConcurrentHashMap<>();
    private final Map<String, Map<SeriesKey, Analysed>> frames = new ConcurrentHashMap<>();

    /** The producer's last whitelist; empty before one arrived. */
    public List<String> pairs(String producer) {
        return pairs.getOrDefault(producer, List.of());
    }

    /**
     * A copy of the producer's frame for that series, or an empty frame analysed at
     * {@link Instant#EPOCH} when none arrived yet.
     */
    public ProducerDataframe dataframe(String producer, String pair, String timeframe, String candleType) {
        Analysed held = frames.getOrDefault(producer, Map.of()).get(new SeriesKey(pair, timeframe, candleType));
        return held == null
                ? new ProducerDataframe(emptyFrame(), Instant.EPOCH)
                : new ProducerDataframe(held.frame().copy(), held.lastAnalyzed());
    }

    void setPairs(String producer, List<String> whitelist) {
        pairs.put(producer, List.copyOf(whitelist));
    }

    /**
     * freqtrade's {@code _add_external_df}: a frame of at least {@value #FULL_DATAFRAME_THRESHOLD}
     * rows replaces what is held; fewer rows are appended after the held candles older than the
     * first incoming one, unless more than one candle is missing in between. With nothing held, a
     * frame of several rows is taken whole (a request's reply from a producer with a short history;
     * freqtrade would ask again for ever), a single row is not.
     *
     * @param incoming at least one row, dates ascending
     * @throws IllegalArgumentException when the key's timeframe cannot be parsed
     */
    Merge add(String producer, SeriesKey key, Frame incoming, Instant lastAnalyzed) {
        Map<SeriesKey, Analysed> series = frames.computeIfAbsent(producer, p -> new ConcurrentHashMap<>());
        Analysed held = series.get(key);
        if (incoming.length() >= FULL_DATAFRAME_THRESHOLD || held == null && incoming.length() > 1) {
            series.put(key, new Analysed(incoming.tail(MAX_CANDLES), lastAnalyzed));
            return Merge.APPENDED;
        }
        if (held == null) {
            return new Merge(false, 1000);
        }
        long candle = Timeframe.parse(key.timeframe()).millis();
        long[] have = held.frame().date();
        long incomingFirst = incoming.date()[0];
        double difference = (incomingFirst - have[have.length - 1]) / (double) candle;
        if (difference > 1) {
            return new Merge(false, (int) difference);
        }
        int keep = 0;
        while (keep < have.length && have[keep] < incomingFirst) {
            keep++;
        }
        series.put(key, new Analysed(FrameColumns.concat(held.frame(), keep, incoming, MAX_CANDLES), lastAnalyzed));
        return Merge.APPENDED;
    }

    private static Frame emptyFrame() {
        return Frame.of(new long[0], new double[0], new double[0], new double[0], new double[0], new double[0]);
    }
}
