package dev.hertz.core.bot;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code minimal_roi}: trade age in minutes → required profit ratio.
 *
 * <p>Kept as two sorted primitive arrays because the backtester asks for the active step of
 * every open trade on every candle.
 */
public final class RoiTable {
    private final int[] minutes;
    private final double[] ratios;

    private RoiTable(int[] minutes, double[] ratios) {
        this.minutes = minutes;
        this.ratios = ratios;
    }

    /** From the config/strategy map; keys are whole minutes. */
    public static RoiTable of(Map<Integer, Double> table) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(table);
        int[] m = new int[sorted.size()];
        double[] r = new double[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
            m[i] = e.getKey();
            r[i++] = e.getValue();
        }
        return new RoiTable(m, r);
    }

    /**
     * The ratio of the step with the largest key not above {@code tradeMinutes}; {@code NaN}
     * when no step is active yet (or the table is empty).
     */
    public double activeRatio(long tradeMinutes) {
        int index = activeIndex(tradeMinutes);
        return index < 0 ? Double.NaN : ratios[index];
    }

    /**
     * The key (minutes) of the step active at {@code tradeMinutes}; -1 when none is. The backtester
     * needs it to tell whether a step started exactly on a candle boundary.
     */
    public int activeMinutes(long tradeMinutes) {
        int index = activeIndex(tradeMinutes);
        return index < 0 ? -1 : minutes[index];
    }

    private int activeIndex(long tradeMinutes) {
        int i = Arrays.binarySearch(minutes, (int) Math.min(Integer.MAX_VALUE, tradeMinutes));
        return i >= 0 ? i : -i - 2;
    }

    public boolean isEmpty() {
        return minutes.length == 0;
    }
}
