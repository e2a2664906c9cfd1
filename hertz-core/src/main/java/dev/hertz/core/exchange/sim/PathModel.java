package dev.hertz.core.exchange.sim;

/**
 * The stochastic model behind one simulated pair, working on the natural log of the price.
 *
 * <p>Each minute is cut into {@link #SUBSTEPS} sub-steps of 15 s. A sub-step moves the log price by
 * the day's trend, a mild pull back towards the anchor price (half-life 60 days) and Gaussian noise
 * whose variance follows a per-minute GARCH(1,1); now and then (about every two days) a jump of
 * roughly a dozen minute-sigmas lands in one sub-step. The minute's high and low add a wick drawn
 * like a Brownian bridge's overshoot, which looks right without simulating every tick. Per day,
 * the trend and a volatility regime follow slow AR(1) processes, so calm and hectic days cluster
 * too.
 *
 * <p>Every minute draws from its own random stream keyed by (seed, pair, epoch minute), so any
 * minute can be regenerated alone from its starting state. The path can run forward (future) or
 * backward (history before the anchor); backward generation is the same process in reverse time.
 */
final class PathModel {

    static final int SUBSTEPS = 4;
    static final long SUBSTEP_MS = 60_000 / SUBSTEPS;

    private static final double ALPHA = 0.06;
    private static final double BETA = 0.93;
    private static final double MINUTES_PER_YEAR = 525_600;
    private static final double REVERSION_HALF_LIFE_MINUTES = 60 * 1440;
    private static final double JUMP_PROBABILITY = 1.0 / 2880;
    private static final double JUMP_SIGMAS = 12;
    private static final double TREND_PERSISTENCE = 0.9;
    private static final double TREND_DAILY_SIGMAS = 0.15;
    private static final double VOL_REGIME_PERSISTENCE = 0.8;
    private static final double VOL_REGIME_SD = 0.25;
    private static final long DAY_STREAM = 0x5DEECE66DL;

    final double anchorLog;
    private final long seed;
    private final long salt;
    private final double sigma2;
    private final double kappaPerSubstep;
    private final double jumpSd;
    private final double trendSd;
    private final double volumePerSubstep;
    private final SplitMix64 rng = new SplitMix64(0);

    /** Output of {@link #minute}; reused to keep the hot loop allocation-free. */
    static final class Scratch {
        /** Log prices at the sub-step boundaries, in generation order. */
        final double[] points = new double[SUBSTEPS + 1];
        /** Volume traded in each sub-step, in generation order. */
        final double[] volume = new double[SUBSTEPS];
        /** Highest and lowest log price of the whole minute, wicks included. */
        double high;
        double low;
    }

    PathModel(long seed, SimMarketSpec spec) {
        this.seed = seed;
        this.salt = spec.symbol().hashCode() * 0x9E3779B97F4A7C15L;
        this.anchorLog = Math.log(spec.price());
        double sigmaMinute = spec.volatility() / Math.sqrt(MINUTES_PER_YEAR);
        this.sigma2 = sigmaMinute * sigmaMinute;
        this.kappaPerSubstep = Math.log(2) / REVERSION_HALF_LIFE_MINUTES / SUBSTEPS;
        this.jumpSd = JUMP_SIGMAS * sigmaMinute;
        this.trendSd = TREND_DAILY_SIGMAS * sigmaMinute / Math.sqrt(1440);
        // |z| averages 0.8, so activity 0.3 + |z| averages 1.1
        this.volumePerSubstep = spec.dailyVolume() / spec.price() / (1440.0 * SUBSTEPS) / 1.1;
    }

    /** Long-run minute variance in a volatility regime. */
    double regimeVariance(double volRegime) {
        return sigma2 * Math.exp(volRegime);
    }

    /**
     * Next day's {trend, volRegime} from this day's, in the direction of generation; both are
     * stationary AR(1) so running them backwards is just as valid.
     */
    void evolveDay(long epochDay, double trend, double volRegime, double[] out) {
        rng.reseed(SplitMix64.mix(seed, salt ^ DAY_STREAM, epochDay));
        out[0] = TREND_PERSISTENCE * trend
                + Math.sqrt(1 - TREND_PERSISTENCE * TREND_PERSISTENCE) * trendSd * rng.nextGaussian();
        out[1] = VOL_REGIME_PERSISTENCE * volRegime
                + Math.sqrt(1 - VOL_REGIME_PERSISTENCE * VOL_REGIME_PERSISTENCE) * VOL_REGIME_SD * rng.nextGaussian();
    }

    /**
     * Generates one minute starting from log price {@code x0} at its known end: the open when
     * {@code dir = +1}, the close when {@code dir = -1}. Fills {@code s.points[0..SUBSTEPS]} in
     * generation order (so reversed for backward minutes), the sub-step volumes and the minute's
     * extremes, and returns the minute's noise return for the variance update.
     */
    double minute(long epochMinute, double x0, double variance, double trend, int dir, Scratch s) {
        SplitMix64 r = rng;
        r.reseed(SplitMix64.mix(seed, salt, epochMinute));
        int jumpStep = -1;
        double jump = 0;
        if (r.nextDouble() < JUMP_PROBABILITY) {
            jumpStep = (int) (r.nextDouble() * SUBSTEPS);
            jump = jumpSd * r.nextGaussian();
        }
        double subVar = variance / SUBSTEPS;
        double subSd = Math.sqrt(subVar);
        double drift = dir * trend / SUBSTEPS;
        double x = x0;
        double hi = x;
        double lo = x;
        double noiseSum = 0;
        s.points[0] = x;
        for (int j = 0; j < SUBSTEPS; j++) {
            double z = r.nextGaussian();
            double noise = subSd * z;
            double activity = 0.3 + Math.abs(z);
            if (j == jumpStep) {
                noise += jump;
                activity *= 4;
            }
            noiseSum += noise;
            x += drift - kappaPerSubstep * (x - anchorLog) + noise;
            s.points[j + 1] = x;
            s.volume[j] = volumePerSubstep * activity;
            hi = Math.max(hi, x);
            lo = Math.min(lo, x);
        }
        // Wicks beyond the sampled points: the overshoot of a Brownian bridge around its extreme
        // over one sub-step, sqrt(subVar × E / 2) with E exponential.
        s.high = hi + Math.sqrt(subVar * r.nextExponential() * 0.5);
        s.low = lo - Math.sqrt(subVar * r.nextExponential() * 0.5);
        return noiseSum;
    }

    /**
     * GARCH(1,1) update towards {@code longRun} (a {@link #regimeVariance}), kept within
     * [1/16, 36] × that level so jumps cannot explode it.
     */
    double nextVariance(double variance, double noiseReturn, double longRun) {
        double h = longRun * (1 - ALPHA - BETA) + ALPHA * noiseReturn * noiseReturn + BETA * variance;
        return Math.min(Math.max(h, longRun / 16), longRun * 36);
    }
}
