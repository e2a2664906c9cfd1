package dev.hertz.optimize.hyperopt.sampler;

import java.util.List;

/**
 * One point of a search space: a value per dimension, in dimension order ({@link Integer} for an
 * {@link IntDimension}, {@link Double} for a {@link DecimalDimension}, the choice itself for a
 * {@link CategoricalDimension}). Equal values make equal points, which is how {@link Sampler#tell}
 * finds the point it handed out.
 */
public record Point(List<Object> values) {
    public Point {
        if (values == null) {
            throw new IllegalArgumentException("point values must not be null");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException("point value " + i + " is null");
            }
        }
        values = List.copyOf(values);
    }
}
