package dev.hertz.optimize.hyperopt;

import java.util.List;

/**
 * The hyperopt command's own options (the backtest options travel in the configuration).
 *
 * @param epochs             {@code -e/--epochs}, at least 1
 * @param jobs               {@code -j/--job-workers}: parallel evaluations; -1 all CPUs, -2 all but one
 * @param spaces             {@code --spaces}
 * @param lossName           {@code --hyperopt-loss}
 * @param sampler            {@code --hyperopt-sampler} (tpe, random, cmaes, nsga2)
 * @param randomState        {@code --random-state}, or null for a random one (logged)
 * @param minTrades          {@code --min-trades}: fewer trades score the maximum loss
 * @param earlyStop          {@code --early-stop}: stop after this many epochs without a new best; 0 = never
 * @param ignoreMissingSpaces {@code --ignore-missing-spaces}
 * @param disableParamExport {@code --disable-param-export}
 */
public record HyperoptOptions(int epochs, int jobs, List<String> spaces, String lossName, String sampler,
                              Long randomState, int minTrades, int earlyStop, boolean ignoreMissingSpaces,
                              boolean disableParamExport) {
    public HyperoptOptions {
        if (epochs < 1) {
            throw new IllegalArgumentException("--epochs must be at least 1, got " + epochs);
        }
        if (jobs == 0 || jobs < -Runtime.getRuntime().availableProcessors()) {
            throw new IllegalArgumentException("--job-workers must be a positive number of workers, or -1 for all "
                    + "CPUs, -2 for all but one; got " + jobs);
        }
        if (minTrades < 0 || earlyStop < 0) {
            throw new IllegalArgumentException("--min-trades and --early-stop must not be negative");
        }
        spaces = List.copyOf(spaces);
    }

    /** Worker threads: -1 = every CPU, -2 = every CPU but one, at least one. */
    public int workers() {
        int cpus = Runtime.getRuntime().availableProcessors();
        return jobs > 0 ? jobs : Math.max(1, cpus + 1 + jobs);
    }
}
