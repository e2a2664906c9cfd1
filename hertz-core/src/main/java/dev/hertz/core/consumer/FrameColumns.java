package dev.hertz.core.consumer;

import dev.hertz.core.strategy.Frame;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds, concatenates and rewrites {@link Frame}s column by column, for frames that arrive from a
 * producer with columns of its strategy's choosing. Columns are {@code double[]} or
 * {@code String[]}, as in every frame.
 */
final class FrameColumns {
    /** The candle columns every frame has besides {@code date}. */
    static final List<String> CANDLE = List.of(Frame.OPEN, Frame.HIGH, Frame.LOW, Frame.CLOSE, Frame.VOLUME);
    private static final List<String> SIGNALS = List.of(Frame.ENTER_LONG, Frame.EXIT_LONG, Frame.ENTER_SHORT,
            Frame.EXIT_SHORT);
    private static final List<String> TAGS = List.of(Frame.ENTER_TAG, Frame.EXIT_TAG);

    private FrameColumns() {
    }

    /**
     * A frame over {@code date} and {@code columns} (in order; each a {@code double[]} or
     * {@code String[]} of the same length).
     *
     * @throws IllegalArgumentException naming a missing candle column
     */
    static Frame build(long[] date, Map<String, Object> columns) {
        double[][] candle = new double[CANDLE.size()][];
        for (int i = 0; i < candle.length; i++) {
            if (!(columns.get(CANDLE.get(i)) instanceof double[] values)) {
                throw new IllegalArgumentException("dataframe has no numeric '" + CANDLE.get(i) + "' column");
            }
            candle[i] = values;
        }
        Frame frame = Frame.of(date, candle[0], candle[1], candle[2], candle[3], candle[4]);
        columns.forEach((name, values) -> {
            if (!CANDLE.contains(name)) {
                switch (values) {
                    case double[] numbers -> frame.set(name, numbers);
                    case String[] texts -> frame.setStrings(name, texts);
                    default -> throw new IllegalArgumentException("column '" + name + "' is neither numbers nor text");
                }
            }
        });
        return frame;
    }

    /** The column's array: {@code double[]} or {@code String[]} ({@code date} is not a column here). */
    static Object values(Frame frame, String name) {
        try {
            return frame.col(name);
        } catch (IllegalArgumentException textColumn) {
            return frame.strings(name);
        }
    }

    /**
     * The first {@code olderRows} rows of {@code older} followed by every row of {@code newer}, then
     * only the last {@code maxRows}: pandas' {@code concat} of two frames. A column missing on one
     * side is NaN (text: {@code ""}) there; a column that is text on either side becomes text.
     */
    static Frame concat(Frame older, int olderRows, Frame newer, int maxRows) {
        int total = olderRows + newer.length();
        int from = Math.max(0, total - maxRows);
        long[] date = new long[total];
        System.arraycopy(older.date(), 0, date, 0, olderRows);
        System.arraycopy(newer.date(), 0, date, olderRows, newer.length());
        Map<String, Object> columns = new LinkedHashMap<>();
        for (String name : union(older, newer)) {
            Object head = older.has(name) ? values(older, name) : null;
            Object tail = newer.has(name) ? values(newer, name) : null;
            Object joined = head instanceof String[] || tail instanceof String[]
                    ? joinText(head, olderRows, tail, newer.length())
                    : joinNumbers((double[]) head, olderRows, (double[]) tail, newer.length());
            columns.put(name, slice(joined, from, total));
        }
        return build(Arrays.copyOfRange(date, from, total), columns);
    }

    /** freqtrade's {@code remove_entry_exit_signals}: signal columns 0, tag columns empty, on every row. */
    static Frame withoutSignals(Frame frame) {
        for (String signal : SIGNALS) {
            frame.set(signal, new double[frame.length()]);
        }
        for (String tag : TAGS) {
            String[] empty = new String[frame.length()];
            Arrays.fill(empty, "");
            frame.setStrings(tag, empty);
        }
        return frame;
    }

    private static List<String> union(Frame older, Frame newer) {
        List<String> names = new java.util.ArrayList<>(older.columnNames());
        newer.columnNames().stream().filter(n -> !names.contains(n)).forEach(names::add);
        names.remove(Frame.DATE);
        return names;
    }

    private static double[] joinNumbers(double[] head, int headRows, double[] tail, int tailRows) {
        double[] joined = new double[headRows + tailRows];
        Arrays.fill(joined, Double.NaN);
        if (head != null) {
            System.arraycopy(head, 0, joined, 0, headRows);
        }
        if (tail != null) {
            System.arraycopy(tail, 0, joined, headRows, tailRows);
        }
        return joined;
    }

    private static String[] joinText(Object head, int headRows, Object tail, int tailRows) {
        String[] joined = new String[headRows + tailRows];
        Arrays.fill(joined, "");
        copyText(head, joined, 0, headRows);
        copyText(tail, joined, headRows, tailRows);
        return joined;
    }

    private static void copyText(Object source, String[] target, int at, int rows) {
        switch (source) {
            case String[] texts -> System.arraycopy(texts, 0, target, at, rows);
            case double[] numbers -> {
                for (int i = 0; i < rows; i++) {
                    target[at + i] = Double.isNaN(numbers[i]) ? "" : String.valueOf(numbers[i]);
                }
            }
            case null, default -> {
            }
        }
    }

    private static Object slice(Object values, int from, int to) {
        return values instanceof double[] d ? Arrays.copyOfRange(d, from, to) : Arrays.copyOfRange((String[]) values, from, to);
    }
}
