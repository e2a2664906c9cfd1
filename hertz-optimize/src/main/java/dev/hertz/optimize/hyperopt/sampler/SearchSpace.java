package dev.hertz.optimize.hyperopt.sampler;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The dimensions seen as grids of cells, the form every sampler works in: dimension {@code i} has
 * {@code cells(i)} cells numbered from 0 (integers from low, decimal grid integers from
 * {@code int(low·10^d)}, choices in list order). Points are built from cell numbers and read back
 * into them, which also checks a point handed in from outside.
 */
final class SearchSpace {
    private final List<Dimension> dimensions;
    private final long[] cells;

    SearchSpace(List<Dimension> dimensions) {
        if (dimensions == null || dimensions.isEmpty()) {
            throw new IllegalArgumentException("the search space has no dimensions");
        }
        Set<String> names = new HashSet<>();
        for (Dimension dimension : dimensions) {
            if (dimension == null) {
                throw new IllegalArgumentException("the search space contains a null dimension");
            }
            if (!names.add(dimension.name())) {
                throw new IllegalArgumentException("dimension " + dimension.name() + " appears twice in the search space");
            }
        }
        this.dimensions = List.copyOf(dimensions);
        this.cells = new long[dimensions.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = switch (this.dimensions.get(i)) {
                case IntDimension d -> (long) d.high() - d.low() + 1;
                case DecimalDimension d -> d.gridHigh() - d.gridLow() + 1;
                case CategoricalDimension d -> d.choices().size();
            };
        }
    }

    static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("dimension name must not be empty");
        }
    }

    /** A loss a sampler can rank: NaN and infinities would break sorting, distances and means. */
    static void requireLoss(double loss) {
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("loss must be a finite number, got " + loss);
        }
    }

    int size() {
        return cells.length;
    }

    long cells(int dimension) {
        return cells[dimension];
    }

    /** Choices have no order, so samplers that model distances treat them apart. */
    boolean categorical(int dimension) {
        return dimensions.get(dimension) instanceof CategoricalDimension;
    }

    long[] randomCells(Random random) {
        long[] result = new long[cells.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = random.nextLong(cells[i]);
        }
        return result;
    }

    /** The centre of a cell on [0, 1], where each cell has the same width. */
    double unit(int dimension, long cell) {
        return (cell + 0.5) / cells[dimension];
    }

    /** The cell holding a coordinate on [0, 1] (the ends belong to the first and last cell). */
    long cellAt(int dimension, double unit) {
        long cell = (long) Math.floor(unit * cells[dimension]);
        return Math.max(0, Math.min(cells[dimension] - 1, cell));
    }

    Point point(long[] cellNumbers) {
        Object[] values = new Object[cellNumbers.length];
        for (int i = 0; i < values.length; i++) {
            long cell = cellNumbers[i];
            values[i] = switch (dimensions.get(i)) {
                case IntDimension d -> (int) (d.low() + cell);
                case DecimalDimension d -> d.value(d.gridLow() + cell);
                case CategoricalDimension d -> d.choices().get((int) cell);
            };
        }
        return new Point(List.of(values));
    }

    /** The cell numbers of a point, or an IllegalArgumentException naming the value that does not fit. */
    long[] cellsOf(Point point) {
        if (point == null) {
            throw new IllegalArgumentException("point must not be null");
        }
        List<Object> values = point.values();
        if (values.size() != cells.length) {
            throw new IllegalArgumentException("point has " + values.size() + " values, the search space has "
                    + cells.length + " dimensions");
        }
        long[] result = new long[cells.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = cellOf(dimensions.get(i), values.get(i));
        }
        return result;
    }

    private static long cellOf(Dimension dimension, Object value) {
        switch (dimension) {
            case IntDimension d -> {
                if (value instanceof Integer v && v >= d.low() && v <= d.high()) {
                    return (long) v - d.low();
                }
                throw outside(d, value, "an Integer in " + d.low() + ".." + d.high());
            }
            case DecimalDimension d -> {
                if (value instanceof Double v) {
                    long grid = Math.round(v * d.scale());
                    if (d.value(grid) == v && grid >= d.gridLow() && grid <= d.gridHigh()) {
                        return grid - d.gridLow();
                    }
                }
                throw outside(d, value, "a Double with " + d.decimals() + " decimals in "
                        + d.value(d.gridLow()) + ".." + d.value(d.gridHigh()));
            }
            case CategoricalDimension d -> {
                int index = d.choices().indexOf(value);
                if (index >= 0) {
                    return index;
                }
                throw outside(d, value, "one of " + d.choices());
            }
        }
    }

    private static IllegalArgumentException outside(Dimension dimension, Object value, String expected) {
        String type = value.getClass().getSimpleName();
        return new IllegalArgumentException("dimension " + dimension.name() + ": value " + value + " (" + type
                + ") is not " + expected);
    }
}
