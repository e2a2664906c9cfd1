package dev.hertz.optimize.hyperopt.sampler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * NSGA-II's ranking of objective vectors (all minimised): Deb's fast non-dominated sort into fronts,
 * and the crowding distance that prefers lonely points within a front.
 */
final class NonDominatedSorting {
    private NonDominatedSorting() {
    }

    /** a is no worse than b in every objective and better in one. */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) {
                return false;
            }
            better |= a[i] < b[i];
        }
        return better;
    }

    /** The fronts, best first; each lists indices into {@code objectives} in ascending order. */
    static List<int[]> fronts(double[][] objectives) {
        int n = objectives.length;
        List<List<Integer>> dominated = new ArrayList<>();
        int[] dominators = new int[n];
        List<Integer> current = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<Integer> beaten = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                if (dominates(objectives[p], objectives[q])) {
                    beaten.add(q);
                } else if (dominates(objectives[q], objectives[p])) {
                    dominators[p]++;
                }
            }
            dominated.add(beaten);
            if (dominators[p] == 0) {
                current.add(p);
            }
        }
        List<int[]> fronts = new ArrayList<>();
        while (!current.isEmpty()) {
            fronts.add(current.stream().mapToInt(Integer::intValue).sorted().toArray());
            List<Integer> next = new ArrayList<>();
            for (int p : current) {
                for (int q : dominated.get(p)) {
                    if (--dominators[q] == 0) {
                        next.add(q);
                    }
                }
            }
            current = next;
        }
        return fronts;
    }

    /**
     * Per member of one front, the sum over objectives of the normalised gap between its two
     * neighbours; the extremes of each objective get infinity so they are always kept.
     */
    static double[] crowdingDistance(double[][] objectives, int[] front) {
        int size = front.length;
        double[] distance = new double[size];
        if (size == 0) {
            return distance;
        }
        int m = objectives[front[0]].length;
        Integer[] order = new Integer[size];
        for (int objective = 0; objective < m; objective++) {
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            int o = objective;
            Arrays.sort(order, Comparator.comparingDouble(i -> objectives[front[i]][o]));
            double min = objectives[front[order[0]]][o];
            double max = objectives[front[order[size - 1]]][o];
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[size - 1]] = Double.POSITIVE_INFINITY;
            if (max == min) {
                continue;
            }
            for (int i = 1; i < size - 1; i++) {
                double gap = objectives[front[order[i + 1]]][o] - objectives[front[order[i - 1]]][o];
                distance[order[i]] += gap / (max - min);
            }
        }
        return distance;
    }
}
