package dev.hertz.core.rpc;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Strategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an analysed {@link Frame} into a {@link PairHistory} the way freqtrade's
 * {@code _convert_dataframe_to_dict} does, for the bot's live frames ({@code /pair_candles}) and
 * for frames analysed from stored data ({@code /pair_history}) alike.
 */
public final class PairHistoryJson {
    private static final Logger LOG = LoggerFactory.getLogger(PairHistoryJson.class);
    /** Kept by a column filter whatever it names, when the frame has them. */
    private static final Set<String> ALWAYS_KEPT = Set.of(Frame.DATE, Frame.OPEN, Frame.HIGH, Frame.LOW,
            Frame.CLOSE, Frame.VOLUME, Frame.ENTER_LONG, Frame.EXIT_LONG, Frame.ENTER_SHORT, Frame.EXIT_SHORT);
    private static final List<String> SIGNALS = List.of(Frame.ENTER_LONG, Frame.EXIT_LONG, Frame.ENTER_SHORT,
            Frame.EXIT_SHORT);
    private static final Set<String> ANNOTATION_TYPES = Set.of("area", "line", "point");
    private static final DateTimeFormatter DATA_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private PairHistoryJson() {
    }

    /**
     * The table without annotations.
     *
     * @param frame        the analysed frame, read only; null for a pair that was never analysed
     *                     (freqtrade's empty dataframe: no columns, no rows)
     * @param limit        keep only the newest {@code limit} rows; null or 0 = all
     * @param columns      keep only these columns plus {@code date}, OHLCV and the signal columns;
     *                     null = all, empty = only those
     * @param lastAnalyzed when the frame was analysed ({@link Instant#EPOCH} when it never was)
     * @throws RpcException ({@link RpcException.Kind#INPUT}) for a bad timeframe or a negative limit
     */
    public static PairHistory of(String strategy, String pair, String timeframe, Frame frame, Integer limit,
                                 List<String> columns, Instant lastAnalyzed) {
        return build(strategy, pair, timeframe, limited(frame, limit), columns, lastAnalyzed, List.of());
    }

    /**
     * The table with the strategy's {@link Strategy#plotAnnotations} over the kept rows; a
     * strategy that throws there is logged and contributes no annotations.
     *
     * @see #of(String, String, String, Frame, Integer, List, Instant)
     */
    public static PairHistory of(Strategy strategy, String pair, String timeframe, Frame frame, Integer limit,
                                 List<String> columns, Instant lastAnalyzed) {
        Frame rows = limited(frame, limit);
        return build(strategy.name(), pair, timeframe, rows, columns, lastAnalyzed, annotations(strategy, pair, rows));
    }

    private static Frame limited(Frame frame, Integer limit) {
        if (limit != null && limit < 0) {
            throw new RpcException(RpcException.Kind.INPUT, "limit must not be negative, got " + limit);
        }
        if (frame == null || limit == null || limit == 0) {
            return frame;
        }
        return frame.tail(limit);
    }

    private static PairHistory build(String strategy, String pair, String timeframe, Frame frame,
                                     List<String> selected, Instant lastAnalyzed,
                                     List<Map<String, Object>> annotations) {
        long timeframeMs = timeframeMillis(timeframe);
        List<String> allColumns = frame == null ? List.of() : frame.columnNames();
        int length = frame == null ? 0 : frame.length();
        int[] counts = new int[SIGNALS.size()];
        List<String> columns = new ArrayList<>();
        List<List<Object>> data = new ArrayList<>(length);
        if (length > 0) {
            List<String> kept = kept(allColumns, selected);
            List<Object> values = kept.stream().map(c -> values(frame, c)).toList();
            List<double[]> signals = new ArrayList<>();
            columns.addAll(kept);
            columns.add("__date_ts");
            for (int i = 0; i < SIGNALS.size(); i++) {
                int at = kept.indexOf(SIGNALS.get(i));
                if (at >= 0 && values.get(at) instanceof double[] signal) {
                    columns.add("_" + SIGNALS.get(i) + "_signal_close");
                    signals.add(signal);
                    counts[i] = count(signal);
                }
            }
            double[] close = frame.close();
            long[] dates = frame.date();
            for (int row = 0; row < length; row++) {
                Object[] cells = new Object[columns.size()];
                int c = 0;
                for (Object column : values) {
                    cells[c++] = cell(column, row);
                }
                cells[c++] = dates[row];
                for (double[] signal : signals) {
                    cells[c++] = signal[row] == 1.0 ? finite(close[row]) : null;
                }
                data.add(Arrays.asList(cells));
            }
        }
        long start = length > 0 ? frame.date()[0] : 0;
        long stop = length > 0 ? frame.date()[length - 1] : 0;
        return new PairHistory(strategy, pair, timeframe, timeframeMs, List.copyOf(columns), allColumns,
                data, length, counts[0], counts[1], counts[0], counts[1], counts[2], counts[3],
                RpcFormat.isoZ(lastAnalyzed), lastAnalyzed.getEpochSecond(), start, dataDate(length, start), stop,
                dataDate(length, stop), List.copyOf(annotations));
    }

    private static long timeframeMillis(String timeframe) {
        try {
            return Timeframe.parse(timeframe).millis();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RpcException(RpcException.Kind.INPUT, "Invalid timeframe \"" + timeframe + "\".");
        }
    }

    /** The frame's columns in order, filtered when a selection is given. */
    private static List<String> kept(List<String> all, List<String> selected) {
        if (selected == null) {
            return all;
        }
        Set<String> wanted = new HashSet<>(ALWAYS_KEPT);
        wanted.addAll(selected);
        return all.stream().filter(wanted::contains).toList();
    }

    /** The column's array: {@code long[]} for {@code date}, else {@code double[]} or {@code String[]}. */
    static Object values(Frame frame, String column) {
        if (Frame.DATE.equals(column)) {
            return frame.date();
        }
        try {
            return frame.col(column);
        } catch (IllegalArgumentException textColumn) {
            return frame.strings(column);
        }
    }

    private static Object cell(Object column, int row) {
        return switch (column) {
            case long[] dates -> RpcFormat.isoZ(Instant.ofEpochMilli(dates[row]));
            case double[] numbers -> finite(numbers[row]);
            case String[] texts -> texts[row];
            default -> throw new IllegalStateException("unexpected column type " + column.getClass());
        };
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static int count(double[] signal) {
        int n = 0;
        for (double v : signal) {
            if (v == 1.0) {
                n++;
            }
        }
        return n;
    }

    private static String dataDate(int length, long millis) {
        return length > 0 ? DATA_DATE.format(Instant.ofEpochMilli(millis)) : "";
    }

    private static List<Map<String, Object>> annotations(Strategy strategy, String pair, Frame rows) {
        if (rows == null || rows.length() == 0) {
            return List.of();
        }
        List<Map<String, Object>> given;
        try {
            given = strategy.plotAnnotations(pair, Instant.ofEpochMilli(rows.date()[0]),
                    Instant.ofEpochMilli(rows.date()[rows.length() - 1]), rows);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Strategy caused the following exception in plot_annotations: {}", e.toString(), e);
            return List.of();
        }
        List<Map<String, Object>> valid = new ArrayList<>();
        for (Map<String, Object> a : given == null ? List.<Map<String, Object>>of() : given) {
            if (a != null && ANNOTATION_TYPES.contains(String.valueOf(a.get("type")))) {
                valid.add(a);
            } else {
                LOG.error("Invalid plot annotation data: {}", a);
            }
        }
        return valid;
    }
}
