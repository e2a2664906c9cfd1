package dev.hertz.bench.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether two engines made the same trades: the same pairs, entered and exited on the same
 * candles. Lists what only one side has, so a difference can be looked up in the data.
 *
 * @param left      the name of the first engine
 * @param right     the name of the second engine
 * @param common    trades both made
 * @param onlyLeft  trades only the first made, in pair and entry order
 * @param onlyRight trades only the second made, in pair and entry order
 */
public record TradeComparison(String left, String right, int common, List<BenchTrade> onlyLeft,
                              List<BenchTrade> onlyRight) {

    public static TradeComparison of(String left, List<BenchTrade> a, String right, List<BenchTrade> b) {
        TreeSet<BenchTrade> inA = new TreeSet<>(a);
        TreeSet<BenchTrade> inB = new TreeSet<>(b);
        if (inA.size() != a.size() || inB.size() != b.size()) {
            throw new IllegalArgumentException("An engine reported the same trade twice");
        }
        List<BenchTrade> onlyA = new ArrayList<>();
        for (BenchTrade t : inA) {
            if (!inB.remove(t)) {
                onlyA.add(t);
            }
        }
        return new TradeComparison(left, right, a.size() - onlyA.size(), List.copyOf(onlyA), List.copyOf(inB));
    }

    public boolean identical() {
        return onlyLeft.isEmpty() && onlyRight.isEmpty();
    }

    /** One line, and up to five differing trades of each side. */
    public String describe() {
        StringBuilder s = new StringBuilder("%s vs %s: %d trades in common, %d only in %s, %d only in %s"
                .formatted(left, right, common, onlyLeft.size(), left, onlyRight.size(), right));
        onlyLeft.stream().limit(5).forEach(t -> s.append("\n  only ").append(left).append(": ").append(t));
        onlyRight.stream().limit(5).forEach(t -> s.append("\n  only ").append(right).append(": ").append(t));
        return s.toString();
    }
}
