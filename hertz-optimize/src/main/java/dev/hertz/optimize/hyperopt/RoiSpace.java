package dev.hertz.optimize.hyperopt;

import dev.hertz.optimize.hyperopt.sampler.DecimalDimension;
import dev.hertz.optimize.hyperopt.sampler.Dimension;
import dev.hertz.optimize.hyperopt.sampler.IntDimension;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * freqtrade's generated ROI space (reference §8.1): three durations and three profit steps,
 * scaled to the timeframe, giving the table {@code {0: p1+p2+p3, t3: p1+p2, t3+t2: p1, t3+t2+t1: 0}}.
 */
final class RoiSpace {
    private RoiSpace() {
    }

    static List<Dimension> dimensions(long timeframeMinutes) {
        double ts = timeframeMinutes / 5.0;
        double ps = Math.log(1 + timeframeMinutes) / Math.log(6);
        return List.of(
                new IntDimension("roi_t1", (int) (10 * ts), (int) (120 * ts)),
                new IntDimension("roi_t2", (int) (10 * ts), (int) (60 * ts)),
                new IntDimension("roi_t3", (int) (10 * ts), (int) (40 * ts)),
                new DecimalDimension("roi_p1", 0.01 * ps, 0.04 * ps, 3),
                new DecimalDimension("roi_p2", 0.01 * ps, 0.07 * ps, 3),
                new DecimalDimension("roi_p3", 0.01 * ps, 0.20 * ps, 3));
    }

    /** The ROI table of a point's {@code roi_*} values. */
    static Map<Integer, Double> table(Map<String, Object> params) {
        int t1 = ((Number) params.get("roi_t1")).intValue();
        int t2 = ((Number) params.get("roi_t2")).intValue();
        int t3 = ((Number) params.get("roi_t3")).intValue();
        double p1 = ((Number) params.get("roi_p1")).doubleValue();
        double p2 = ((Number) params.get("roi_p2")).doubleValue();
        double p3 = ((Number) params.get("roi_p3")).doubleValue();
        Map<Integer, Double> table = new TreeMap<>();
        table.put(0, p1 + p2 + p3);
        table.put(t3, p1 + p2);
        table.put(t3 + t2, p1);
        table.put(t3 + t2 + t1, 0.0);
        return table;
    }
}
