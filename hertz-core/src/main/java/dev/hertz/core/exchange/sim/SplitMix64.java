package dev.hertz.core.exchange.sim;

/**
 * A tiny deterministic random generator (SplitMix64) with a ziggurat Gaussian.
 *
 * <p>Written out here rather than borrowed from {@code java.util.random} so the simulated market
 * stays byte-for-byte the same for a given seed on every JDK. It is re-seeded per minute of the
 * path, which lets any single minute be regenerated on its own.
 */
final class SplitMix64 {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        reseed(seed);
    }

    void reseed(long seed) {
        state = seed;
    }

    /** A well-mixed 64-bit value derived from the inputs, used to key per-minute streams. */
    static long mix(long a, long b, long c) {
        return finalizer(finalizer(finalizer(a + GOLDEN) ^ b) + c * GOLDEN);
    }

    private static long finalizer(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return finalizer(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Exponentially distributed with mean 1. */
    double nextExponential() {
        // 1 - u lies in (0, 1]; Math.log is an intrinsic, log1p is not
        return -Math.log(1 - nextDouble());
    }

    /**
     * Standard normal by Marsaglia and Tsang's ziggurat (128 layers): about 99 % of draws cost one
     * random number, a table lookup and a multiplication, which matters because the path needs
     * several normals per simulated minute.
     */
    double nextGaussian() {
        while (true) {
            int hz = (int) (nextLong() >>> 32);
            int iz = hz & 127;
            if (Math.abs((long) hz) < KN[iz]) {
                return hz * WN[iz];
            }
            double x = hz * WN[iz];
            if (iz == 0) {
                // the base strip's tail beyond R, by Marsaglia's exponential rejection
                double tailX;
                double y;
                do {
                    tailX = nextExponential() / R;
                    y = nextExponential();
                } while (y + y < tailX * tailX);
                return hz > 0 ? R + tailX : -R - tailX;
            }
            if (FN[iz] + nextDouble() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
                return x;
            }
        }
    }

    private static final double R = 3.442619855899;
    private static final long[] KN = new long[128];
    private static final double[] WN = new double[128];
    private static final double[] FN = new double[128];

    static {
        double m1 = 2147483648.0;
        double vn = 9.91256303526217e-3;
        double dn = R;
        double tn = dn;
        double q = vn / Math.exp(-0.5 * dn * dn);
        KN[0] = (long) (dn / q * m1);
        KN[1] = 0;
        WN[0] = q / m1;
        WN[127] = dn / m1;
        FN[0] = 1.0;
        FN[127] = Math.exp(-0.5 * dn * dn);
        for (int i = 126; i >= 1; i--) {
            dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
            KN[i + 1] = (long) (dn / tn * m1);
            tn = dn;
            FN[i] = Math.exp(-0.5 * dn * dn);
            WN[i] = dn / m1;
        }
    }
}
