package dev.hertz.core.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.rpc.DataframeEnvelope;
import dev.hertz.core.strategy.Frame;

import java.util.Arrays;
import java.util.stream.IntStream;

/** Analysed frames and their wire form for the consumer tests. */
final class Frames {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long T0 = 1_714_996_800_000L;
    static final long MINUTE = 60_000L;

    private Frames() {
    }

    /**
     * {@code rows} one-minute candles starting {@code first} minutes after {@link #T0}, with close
     * = minute number, an {@code rsi} column, and {@code enter_long} = 1 with tag {@code "go"} on
     * every row.
     */
    static Frame analysed(int first, int rows) {
        long[] date = IntStream.range(first, first + rows).mapToLong(i -> T0 + i * MINUTE).toArray();
        double[] close = IntStream.range(first, first + rows).asDoubleStream().toArray();
        Frame f = Frame.of(date, close.clone(), close.clone(), close.clone(), close.clone(), filled(rows, 10));
        f.set("rsi", filled(rows, 55));
        f.set(Frame.ENTER_LONG, filled(rows, 1));
        String[] tags = new String[rows];
        Arrays.fill(tags, "go");
        f.setStrings(Frame.ENTER_TAG, tags);
        return f;
    }

    /** The dataframe envelope of {@code frame} as the producer's WebSocket sends it. */
    static JsonNode envelope(Frame frame, int firstIndex) {
        return JSON.valueToTree(DataframeEnvelope.of(frame, firstIndex));
    }

    /** An {@code analyzed_df} message text for a 1m spot series of {@code pair}. */
    static String analyzedDf(String pair, Frame frame) {
        return """
                {"type": "analyzed_df", "data": {"key": ["%s", "1m", "spot"], "df": %s, "la": "2024-05-06T12:00:20.5+00:00"}}
                """.formatted(pair, envelope(frame, 0));
    }

    static double[] filled(int rows, double value) {
        double[] values = new double[rows];
        Arrays.fill(values, value);
        return values;
    }
}
