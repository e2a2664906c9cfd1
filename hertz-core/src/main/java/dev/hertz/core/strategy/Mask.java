package dev.hertz.core.strategy;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A row-aligned boolean vector: the Java counterpart of the boolean pandas Series a freqtrade
 * strategy builds with {@code (df["rsi"] < 30) & (df["volume"] > 0)}.
 *
 * <p>Masks are immutable; {@link #and}, {@link #or} and {@link #not} return new masks. Build them
 * with {@link Conditions} (vectorised comparisons and crossings) or with {@link #of(int, IntPredicate)}
 * for arbitrary per-row logic, then hand them to {@link Frame#signal(String, Mask)}.
 *
 * <pre>{@code
 * Mask enter = crossedAbove(rsi, 30).and(atMost(tema, bbMiddle)).and(rising(tema)).and(above(volume, 0));
 * }</pre>
 */
public final class Mask {

    private final boolean[] bits;

    private Mask(boolean[] bits) {
        this.bits = bits;
    }

    /** A mask of {@code length} rows whose row {@code i} is {@code condition.test(i)}. */
    public static Mask of(int length, IntPredicate condition) {
        if (length < 0) {
            throw new IllegalArgumentException("mask length must be >= 0, got " + length);
        }
        boolean[] bits = new boolean[length];
        for (int i = 0; i < length; i++) {
            bits[i] = condition.test(i);
        }
        return new Mask(bits);
    }

    /** A mask holding a copy of {@code bits}. */
    public static Mask of(boolean... bits) {
        return new Mask(bits.clone());
    }

    /** A mask of {@code length} rows, all {@code value}. */
    public static Mask all(int length, boolean value) {
        boolean[] bits = new boolean[length];
        if (value) {
            Arrays.fill(bits, true);
        }
        return new Mask(bits);
    }

    /** Wraps an array the caller has just created and will not touch again: no copy. */
    static Mask wrap(boolean[] bits) {
        return new Mask(bits);
    }

    /** Number of rows. */
    public int length() {
        return bits.length;
    }

    /** Whether row {@code i} is set. */
    public boolean get(int i) {
        return bits[i];
    }

    /** Row-wise AND, like pandas {@code a & b}. */
    public Mask and(Mask other) {
        requireSameLength(other, "and");
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits[i] && other.bits[i];
        }
        return new Mask(out);
    }

    /** Row-wise OR, like pandas {@code a | b}. */
    public Mask or(Mask other) {
        requireSameLength(other, "or");
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits[i] || other.bits[i];
        }
        return new Mask(out);
    }

    /** Row-wise negation, like pandas {@code ~a}. */
    public Mask not() {
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !bits[i];
        }
        return new Mask(out);
    }

    /** Number of rows that are set. */
    public int count() {
        int n = 0;
        for (boolean b : bits) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Whether at least one row is set. */
    public boolean any() {
        for (boolean b : bits) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the rows as a boolean array. */
    public boolean[] toArray() {
        return bits.clone();
    }

    /** Direct read access for {@link Frame}, which only reads. */
    boolean[] bits() {
        return bits;
    }

    private void requireSameLength(Mask other, String op) {
        if (other.bits.length != bits.length) {
            throw new IllegalArgumentException("cannot " + op + " masks of different lengths: "
                    + bits.length + " and " + other.bits.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && Arrays.equals(bits, m.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Mask[");
        int shown = Math.min(bits.length, 64);
        for (int i = 0; i < shown; i++) {
            sb.append(bits[i] ? '1' : '0');
        }
        if (shown < bits.length) {
            sb.append("... (").append(bits.length).append(" rows)");
        }
        return sb.append(']').toString();
    }
}
