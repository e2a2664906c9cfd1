package dev.hertz.core.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.strategy.Frame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dataframe envelope of an {@code analyzed_df} message ({@code {"__type__": "dataframe",
 * "__value__": text}}, the text being pandas "split" JSON) back into a {@link Frame}: the reverse
 * of {@code rpc.DataframeEnvelope}, for frames written by Hertz or by freqtrade.
 *
 * <p>The {@code date} column holds epoch milliseconds. Any other column holding a string becomes a
 * text column ({@code null} → {@code ""}, as Hertz leaves untagged rows), every other column a
 * numeric one ({@code null} → NaN, booleans → 1/0). The row labels in {@code index} are dropped:
 * the frame is re-labelled from 0, as freqtrade's consumer resets the index on merging.
 */
final class DataframeReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataframeReader() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the envelope or the frame
     */
    static Frame read(JsonNode envelope) {
        if (envelope == null || !envelope.isObject() || !"dataframe".equals(envelope.path("__type__").asText())) {
            throw new IllegalArgumentException("df is not a dataframe envelope {\"__type__\": \"dataframe\", ...}");
        }
        JsonNode value = envelope.get("__value__");
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("df.__value__ must be the frame's JSON text");
        }
        JsonNode split;
        try {
            split = JSON.readTree(value.textValue());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("df.__value__ is not JSON: " + e.getOriginalMessage());
        }
        if (split == null || !split.path("columns").isArray() || !split.path("data").isArray()) {
            throw new IllegalArgumentException("df.__value__ is not a \"split\" frame with columns and data");
        }
        return frame(split.get("columns"), split.get("data"));
    }

    private static Frame frame(JsonNode columnNodes, JsonNode rows) {
        List<String> names = new ArrayList<>();
        for (JsonNode name : columnNodes) {
            if (!name.isTextual() || names.contains(name.textValue())) {
                throw new IllegalArgumentException("column name " + name + " is not a distinct string");
            }
            names.add(name.textValue());
        }
        int length = rows.size();
        if (length == 0) {
            return FrameColumns.build(new long[0], emptyCandleColumns());
        }
        int dateColumn = names.indexOf(Frame.DATE);
        if (dateColumn < 0) {
            throw new IllegalArgumentException("dataframe has no 'date' column");
        }
        for (int r = 0; r < length; r++) {
            if (!rows.get(r).isArray() || rows.get(r).size() != names.size()) {
                throw new IllegalArgumentException("row " + r + " does not hold one value per column (" + names.size() + ")");
            }
        }
        long[] date = dates(rows, dateColumn);
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            if (c != dateColumn) {
                columns.put(names.get(c), column(rows, c, names.get(c)));
            }
        }
        return FrameColumns.build(date, columns);
    }

    private static long[] dates(JsonNode rows, int column) {
        long[] date = new long[rows.size()];
        for (int r = 0; r < date.length; r++) {
            JsonNode cell = rows.get(r).get(column);
            if (!cell.isIntegralNumber() || !cell.canConvertToLong()) {
                throw new IllegalArgumentException("date of row " + r + " is " + cell + ", not epoch milliseconds");
            }
            date[r] = cell.longValue();
            if (r > 0 && date[r] <= date[r - 1]) {
                throw new IllegalArgumentException("dates are not ascending at row " + r);
            }
        }
        return date;
    }

    private static Object column(JsonNode rows, int column, String name) {
        int length = rows.size();
        boolean text = false;
        for (int r = 0; r < length && !text; r++) {
            text = rows.get(r).get(column).isTextual();
        }
        if (text) {
            String[] values = new String[length];
            for (int r = 0; r < length; r++) {
                JsonNode cell = rows.get(r).get(column);
                values[r] = cell.isNull() ? "" : cell.isValueNode() ? cell.asText() : cell.toString();
            }
            return values;
        }
        double[] values = new double[length];
        for (int r = 0; r < length; r++) {
            JsonNode cell = rows.get(r).get(column);
            if (cell.isNumber()) {
                values[r] = cell.doubleValue();
            } else if (cell.isBoolean()) {
                values[r] = cell.booleanValue() ? 1 : 0;
            } else if (cell.isNull()) {
                values[r] = Double.NaN;
            } else {
                throw new IllegalArgumentException("column '" + name + "' row " + r + " holds " + cell + ", not a value");
            }
        }
        return values;
    }

    private static Map<String, Object> emptyCandleColumns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        FrameColumns.CANDLE.forEach(name -> columns.put(name, new double[0]));
        return columns;
    }
}
