package dev.hertz.optimize.hyperopt.sampler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * CMA-ES over the unit cube, one coordinate per dimension with every cell an equal slice of [0, 1].
 * Categorical dimensions get a coordinate too (their choices as slices in list order), so the search
 * can settle on a choice as it settles on a number. The search starts in the middle with σ = 1/6
 * (Optuna's default); samples outside the cube are redrawn, up to 100 times, then clipped.
 *
 * <p>Tells are collected in arrival order; every λ tells make one generation's update, whichever
 * generation asked them (late ones enter as injected solutions, see {@link CmaEs#update}). The
 * strategy restarts from a random mean with twice the population (IPOP) when it can only repeat
 * itself on the grid (a whole generation was one point, or the spread fell below a tenth of a cell
 * in every dimension that has more than one) or when its best loss has not improved for
 * 10 + ⌈30·n/λ⌉ generations (stuck on the optimum's cell or on a plateau, where the flat-fitness
 * rule keeps the spread from shrinking).
 */
final class CmaEsSampler implements Sampler {
    private static final double INITIAL_SIGMA = 1.0 / 6;
    private static final int MAX_REDRAWS = 100;
    private static final double CONVERGED_CELLS = 0.1;
    private static final int MAX_LAMBDA = 1024;

    private record Asked(long generation, double[] x) {
    }

    private final SearchSpace space;
    private final Random random;
    private final PendingAsks<Asked> pending = new PendingAsks<>();
    private final List<double[]> xs = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();
    private final List<Boolean> drawn = new ArrayList<>();
    /** The generation's first told point, while every later one equals it; null once two differ. */
    private Point onlyPoint;
    private CmaEs cma;
    private long generation;
    private double runBest = Double.POSITIVE_INFINITY;
    private int stagnantGenerations;

    CmaEsSampler(SearchSpace space, long seed) {
        this.space = space;
        this.random = new Random(seed);
        double[] centre = new double[space.size()];
        Arrays.fill(centre, 0.5);
        this.cma = new CmaEs(centre, INITIAL_SIGMA, CmaEs.defaultLambda(space.size()));
    }

    @Override
    public Point ask() {
        double[] x = sampleInside();
        long[] cells = new long[x.length];
        for (int d = 0; d < x.length; d++) {
            cells[d] = space.cellAt(d, x[d]);
        }
        Point point = space.point(cells);
        pending.add(point, new Asked(generation, x));
        return point;
    }

    @Override
    public void tell(Point point, double loss) {
        long[] cells = space.cellsOf(point);
        SearchSpace.requireLoss(loss);
        Asked asked = pending.take(point);
        xs.add(asked != null ? asked.x() : centres(cells));
        losses.add(loss);
        drawn.add(asked != null && asked.generation() == generation);
        if (xs.size() == 1) {
            onlyPoint = point;
        } else if (!point.equals(onlyPoint)) {
            onlyPoint = null;
        }
        if (xs.size() == cma.lambda) {
            update();
        }
    }

    private void update() {
        double[][] solutions = xs.toArray(double[][]::new);
        double[] values = losses.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] current = new boolean[drawn.size()];
        for (int i = 0; i < current.length; i++) {
            current[i] = drawn.get(i);
        }
        cma.update(solutions, values, current);
        xs.clear();
        losses.clear();
        drawn.clear();
        generation++;
        double generationBest = Arrays.stream(values).min().orElseThrow();
        if (generationBest < runBest) {
            runBest = generationBest;
            stagnantGenerations = 0;
        } else {
            stagnantGenerations++;
        }
        if (onlyPoint != null || converged() || stagnantGenerations >= stagnationLimit()) {
            runBest = Double.POSITIVE_INFINITY;
            stagnantGenerations = 0;
            double[] mean = new double[space.size()];
            for (int d = 0; d < mean.length; d++) {
                mean[d] = random.nextDouble();
            }
            cma = new CmaEs(mean, INITIAL_SIGMA, Math.min(2 * cma.lambda, MAX_LAMBDA));
        }
    }

    /** λ of the current run: it doubles at every restart. */
    int populationSize() {
        return cma.lambda;
    }

    private int stagnationLimit() {
        return 10 + (int) Math.ceil(30.0 * space.size() / cma.lambda);
    }

    private boolean converged() {
        for (int d = 0; d < space.size(); d++) {
            if (space.cells(d) > 1 && cma.spread(d) * space.cells(d) >= CONVERGED_CELLS) {
                return false;
            }
        }
        return true;
    }

    private double[] sampleInside() {
        double[] x = cma.sample(random);
        for (int attempt = 1; attempt < MAX_REDRAWS && !inside(x); attempt++) {
            x = cma.sample(random);
        }
        for (int d = 0; d < x.length; d++) {
            x[d] = Math.max(0, Math.min(1, x[d]));
        }
        return x;
    }

    private static boolean inside(double[] x) {
        for (double v : x) {
            if (v < 0 || v > 1) {
                return false;
            }
        }
        return true;
    }

    private double[] centres(long[] cells) {
        double[] x = new double[cells.length];
        for (int d = 0; d < cells.length; d++) {
            x[d] = space.unit(d, cells[d]);
        }
        return x;
    }
}
