package dev.hertz.core.rpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hertz.core.strategy.Frame;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A frame as freqtrade's WebSocket carries one: {@code {"__type__": "dataframe", "__value__": text}}
 * where the text is the pandas "split" JSON ({@code columns}, {@code index}, {@code data}) with the
 * {@code date} column in epoch milliseconds, NaN as null and the original row labels as index.
 * Written straight from the columns with a streaming generator: frames of 1500 rows are common.
 */
public final class DataframeEnvelope {
    private static final JsonFactory JSON = new JsonFactory();

    private DataframeEnvelope() {
    }

    /** The envelope of the last {@code limit} rows of {@code frame} (all rows for null; null frame = empty). */
    public static Map<String, Object> of(Frame frame, Integer limit) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("__type__", "dataframe");
        envelope.put("__value__", split(frame, limit));
        return envelope;
    }

    static String split(Frame frame, Integer limit) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            gen.writeStartObject();
            if (frame == null || frame.length() == 0) {
                gen.writeArrayFieldStart("columns");
                gen.writeEndArray();
                gen.writeArrayFieldStart("index");
                gen.writeEndArray();
                gen.writeArrayFieldStart("data");
                gen.writeEndArray();
                gen.writeEndObject();
                gen.flush();
                return out.toString();
            }
            int length = frame.length();
            int first = limit == null || limit <= 0 ? 0 : Math.max(0, length - limit);
            List<String> columns = frame.columnNames();
            Object[] values = new Object[columns.size()];
            gen.writeArrayFieldStart("columns");
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c);
                gen.writeString(name);
                values[c] = PairHistoryJson.values(frame, name);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("index");
            for (int row = first; row < length; row++) {
                gen.writeNumber(row);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("data");
            for (int row = first; row < length; row++) {
                gen.writeStartArray();
                for (Object column : values) {
                    switch (column) {
                        case long[] dates -> gen.writeNumber(dates[row]);
                        case double[] numbers -> {
                            if (Double.isFinite(numbers[row])) {
                                gen.writeNumber(numbers[row]);
                            } else {
                                gen.writeNull();
                            }
                        }
                        case String[] texts -> gen.writeString(texts[row]);
                        default -> gen.writeNull();
                    }
                }
                gen.writeEndArray();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
