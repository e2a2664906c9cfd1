package dev.hertz.core.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The candle table a strategy works on: Hertz's answer to freqtrade's pandas dataframe.
 *
 * <p>A frame has a fixed number of rows, one per candle, oldest first. It always holds
 * {@code date} (candle open time, epoch milliseconds, a {@code long[]}) and the {@code double[]}
 * columns {@code open}, {@code high}, {@code low}, {@code close}, {@code volume}. Strategies add
 * indicator columns by name and mark signals:
 *
 * <pre>{@code
 * import static dev.hertz.core.strategy.Conditions.*;
 *
 * f.set("rsi", ta.rsi(f.close(), 14));
 * f.set("tema", ta.tema(f.close(), 9));
 *
 * f.signal("enter_long", crossedAbove(f.col("rsi"), 30).and(above(f.volume(), 0)), "rsi_cross");
 * double[] rsi = f.col("rsi");
 * f.signal("exit_long", i -> rsi[i] > 70);
 * }</pre>
 *
 * <p><b>Sharing, not copying.</b> {@link #set} stores the array it is given and {@link #col}
 * returns the stored array itself: a lookup is one hash probe and no column is ever copied
 * behind your back. Writing into a returned array therefore changes the frame; use
 * {@link #copy()} or {@link #tail(int)} for an independent frame.
 *
 * <p><b>Signals</b> ({@value #ENTER_LONG}, {@value #EXIT_LONG}, {@value #ENTER_SHORT},
 * {@value #EXIT_SHORT}) are {@code double} columns holding 1 where the signal fires and NaN
 * elsewhere, exactly what {@code df.loc[cond, "enter_long"] = 1} leaves in pandas; only a value
 * of exactly 1 counts as a signal. <b>Tags</b> ({@value #ENTER_TAG}, {@value #EXIT_TAG}) are
 * {@code String[]} columns, {@code ""} where no tag was set.
 *
 * <p>A frame is not thread-safe: it belongs to one analysis of one pair.
 */
public final class Frame {

    /** Candle open time, epoch milliseconds. */
    public static final String DATE = "date";
    /** Open price. */
    public static final String OPEN = "open";
    /** High price. */
    public static final String HIGH = "high";
    /** Low price. */
    public static final String LOW = "low";
    /** Close price. */
    public static final String CLOSE = "close";
    /** Traded volume in base currency. */
    public static final String VOLUME = "volume";
    /** Signal: open a long position. */
    public static final String ENTER_LONG = "enter_long";
    /** Signal: close a long position. */
    public static final String EXIT_LONG = "exit_long";
    /** Signal: open a short position (futures/margin, {@code can_short}). */
    public static final String ENTER_SHORT = "enter_short";
    /** Signal: close a short position. */
    public static final String EXIT_SHORT = "exit_short";
    /** Tag of an entry signal; becomes the trade's {@code enter_tag}. */
    public static final String ENTER_TAG = "enter_tag";
    /** Tag of an exit signal; becomes the exit reason of that exit-signal exit. */
    public static final String EXIT_TAG = "exit_tag";

    private static final Set<String> SIGNALS = Set.of(ENTER_LONG, EXIT_LONG, ENTER_SHORT, EXIT_SHORT);

    private final int length;
    private final long[] date;
    /** Values are {@code double[]} or {@code String[]}; insertion order is the column order. */
    private final Map<String, Object> columns;
    /** Columns still shared with the frame this one is a {@link #view()} of: copied before the first write. */
    private final Set<String> borrowed;

    private Frame(long[] date, Map<String, Object> columns) {
        this(date, columns, new HashSet<>());
    }

    private Frame(long[] date, Map<String, Object> columns, Set<String> borrowed) {
        this.length = date.length;
        this.date = date;
        this.columns = columns;
        this.borrowed = borrowed;
    }

    /**
     * A frame over the given candle arrays (stored, not copied). All arrays must have the length
     * of {@code date}.
     */
    public static Frame of(long[] date, double[] open, double[] high, double[] low, double[] close,
                           double[] volume) {
        Frame f = new Frame(date, new LinkedHashMap<>());
        f.set(OPEN, open);
        f.set(HIGH, high);
        f.set(LOW, low);
        f.set(CLOSE, close);
        f.set(VOLUME, volume);
        return f;
    }

    /** Number of rows (candles). */
    public int length() {
        return length;
    }

    /** Index of the last row, {@code length() - 1}; -1 for an empty frame. */
    public int lastIndex() {
        return length - 1;
    }

    /** Candle open times in epoch milliseconds. */
    public long[] date() {
        return date;
    }

    /** The {@code open} column. */
    public double[] open() {
        return col(OPEN);
    }

    /** The {@code high} column. */
    public double[] high() {
        return col(HIGH);
    }

    /** The {@code low} column. */
    public double[] low() {
        return col(LOW);
    }

    /** The {@code close} column. */
    public double[] close() {
        return col(CLOSE);
    }

    /** The {@code volume} column. */
    public double[] volume() {
        return col(VOLUME);
    }

    /**
     * The numeric column {@code name} (the stored array, not a copy).
     *
     * @throws IllegalArgumentException if there is no such column or it holds strings
     */
    public double[] col(String name) {
        Object values = columns.get(name);
        if (values instanceof double[] d) {
            return d;
        }
        if (values instanceof String[]) {
            throw new IllegalArgumentException("column '" + name + "' holds strings; read it with strings(\"" + name + "\")");
        }
        throw new IllegalArgumentException("no column '" + name + "' in frame; columns: " + columnNames());
    }

    /** The value of numeric column {@code name} in the last row (what a callback usually wants). */
    public double last(String name) {
        if (length == 0) {
            throw new IllegalStateException("frame is empty: no last row for column '" + name + "'");
        }
        return col(name)[length - 1];
    }

    /**
     * The string column {@code name} (the stored array, not a copy).
     *
     * @throws IllegalArgumentException if there is no such column or it is numeric
     */
    public String[] strings(String name) {
        Object values = columns.get(name);
        if (values instanceof String[] s) {
            return s;
        }
        if (values instanceof double[]) {
            throw new IllegalArgumentException("column '" + name + "' is numeric; read it with col(\"" + name + "\")");
        }
        throw new IllegalArgumentException("no column '" + name + "' in frame; columns: " + columnNames());
    }

    /** Whether a column (numeric, string or {@code date}) of that name exists. */
    public boolean has(String name) {
        return DATE.equals(name) || columns.containsKey(name);
    }

    /** All column names in order, starting with {@code date}. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size() + 1);
        names.add(DATE);
        names.addAll(columns.keySet());
        return names;
    }

    /**
     * Adds or replaces the numeric column {@code name} with {@code values} (stored, not copied).
     *
     * @return this frame, for chaining
     * @throws IllegalArgumentException if {@code values} does not have one value per row
     */
    public Frame set(String name, double[] values) {
        checkName(name);
        checkLength(name, values.length);
        borrowed.remove(name);
        columns.put(name, values);
        return this;
    }

    /**
     * Adds or replaces the string column {@code name} with {@code values} (stored, not copied).
     *
     * @return this frame, for chaining
     * @throws IllegalArgumentException if {@code values} does not have one value per row
     */
    public Frame setStrings(String name, String[] values) {
        checkName(name);
        checkLength(name, values.length);
        borrowed.remove(name);
        columns.put(name, values);
        return this;
    }

    /**
     * pandas {@code df.loc[where, column] = value}: writes {@code value} into the rows where the
     * mask is set. A missing column is created filled with NaN first.
     *
     * @return this frame, for chaining
     */
    public Frame set(String column, Mask where, double value) {
        checkMask(column, where);
        double[] target = numericColumn(column);
        boolean[] bits = where.bits();
        for (int i = 0; i < length; i++) {
            if (bits[i]) {
                target[i] = value;
            }
        }
        return this;
    }

    /**
     * Marks signal {@code column} ({@value #ENTER_LONG}, {@value #EXIT_LONG}, {@value #ENTER_SHORT}
     * or {@value #EXIT_SHORT}) with 1 on the rows where {@code when} is set. Rows already marked
     * stay marked, so several calls combine like several {@code df.loc[...] = 1} statements.
     *
     * @return this frame, for chaining
     */
    public Frame signal(String column, Mask when) {
        checkSignal(column);
        return set(column, when, 1.0);
    }

    /** As {@link #signal(String, Mask)}, with the condition written per row: {@code i -> rsi[i] < 30}. */
    public Frame signal(String column, IntPredicate when) {
        return signal(column, Mask.of(length, when));
    }

    /**
     * Marks signal {@code column} and writes {@code tag} into the matching tag column on the same
     * rows: {@value #ENTER_TAG} for entry signals, {@value #EXIT_TAG} for exit signals. The
     * freqtrade equivalent is {@code df.loc[cond, ["enter_long", "enter_tag"]] = (1, "tag")}.
     *
     * @return this frame, for chaining
     */
    public Frame signal(String column, Mask when, String tag) {
        signal(column, when);
        return setTag(column.startsWith("enter_") ? ENTER_TAG : EXIT_TAG, when, tag);
    }

    /**
     * Writes {@code tag} into string column {@code column} on the rows where the mask is set; a
     * missing column is created filled with {@code ""} (as freqtrade pre-fills its tag columns).
     *
     * @return this frame, for chaining
     */
    public Frame setTag(String column, Mask where, String tag) {
        checkMask(column, where);
        String[] target = stringColumn(column);
        boolean[] bits = where.bits();
        for (int i = 0; i < length; i++) {
            if (bits[i]) {
                target[i] = tag;
            }
        }
        return this;
    }

    /** A mask over this frame's rows built from a per-row condition. */
    public Mask mask(IntPredicate condition) {
        return Mask.of(length, condition);
    }

    /**
     * Row index of the candle that opened at {@code epochMillis}, or -1 if there is none.
     * Dates are assumed ascending, as candles are.
     */
    public int indexOf(long epochMillis) {
        int i = Arrays.binarySearch(date, epochMillis);
        return i >= 0 ? i : -1;
    }

    /**
     * A frame that shares this one's column arrays until it writes into one through {@code set},
     * {@code signal} or {@code setTag}, which copies that column first: hyperopt epochs add their
     * signals to the indicators computed once, without copying every column. Arrays read with
     * {@link #col} or {@link #strings} are the shared ones and must not be written directly.
     */
    public Frame view() {
        return new Frame(date, new LinkedHashMap<>(columns), new HashSet<>(columns.keySet()));
    }

    /** An independent deep copy: every column array is copied. */
    public Frame copy() {
        return slice(0, length);
    }

    /**
     * The last {@code n} rows as an independent frame (all of them if {@code n >= length()}),
     * like pandas {@code df.tail(n).copy()}.
     */
    public Frame tail(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("tail needs n >= 0, got " + n);
        }
        return slice(Math.max(0, length - n), length);
    }

    private Frame slice(int from, int to) {
        Map<String, Object> copied = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : columns.entrySet()) {
            Object v = e.getValue();
            copied.put(e.getKey(), v instanceof double[] d
                    ? Arrays.copyOfRange(d, from, to)
                    : Arrays.copyOfRange((String[]) v, from, to));
        }
        return new Frame(Arrays.copyOfRange(date, from, to), copied);
    }

    private double[] numericColumn(String name) {
        checkName(name);
        ownCopy(name);
        Object existing = columns.get(name);
        if (existing instanceof double[] d) {
            return d;
        }
        if (existing != null) {
            throw new IllegalArgumentException("column '" + name + "' holds strings; cannot write a number into it");
        }
        double[] created = Series.full(length, Double.NaN);
        columns.put(name, created);
        return created;
    }

    private String[] stringColumn(String name) {
        checkName(name);
        ownCopy(name);
        Object existing = columns.get(name);
        if (existing instanceof String[] s) {
            return s;
        }
        if (existing != null) {
            throw new IllegalArgumentException("column '" + name + "' is numeric; cannot write a tag into it");
        }
        String[] created = new String[length];
        Arrays.fill(created, "");
        columns.put(name, created);
        return created;
    }

    /** Replaces a borrowed column by a private copy before it is written in place. */
    private void ownCopy(String name) {
        if (borrowed.remove(name)) {
            Object shared = columns.get(name);
            columns.put(name, shared instanceof double[] d ? d.clone() : ((String[]) shared).clone());
        }
    }

    private void checkLength(String name, int actual) {
        if (actual != length) {
            throw new IllegalArgumentException("column '" + name + "' has " + actual
                    + " values but the frame has " + length + " rows");
        }
    }

    private void checkMask(String column, Mask mask) {
        if (mask.length() != length) {
            throw new IllegalArgumentException("mask for column '" + column + "' has " + mask.length()
                    + " rows but the frame has " + length + " rows");
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        if (DATE.equals(name)) {
            throw new IllegalArgumentException("'date' is the frame's fixed long[] column and cannot be replaced");
        }
    }

    private static void checkSignal(String column) {
        if (!SIGNALS.contains(column)) {
            throw new IllegalArgumentException("'" + column + "' is not a signal column; use one of "
                    + ENTER_LONG + ", " + EXIT_LONG + ", " + ENTER_SHORT + ", " + EXIT_SHORT);
        }
    }

    @Override
    public String toString() {
        return "Frame[" + length + " rows; " + String.join(", ", columnNames()) + "]";
    }
}
