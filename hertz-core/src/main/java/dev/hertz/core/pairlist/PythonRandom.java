package dev.hertz.core.pairlist;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.List;

/**
 * Python's {@code random.Random}: the Mersenne Twister MT19937 seeded the way CPython seeds it from
 * an integer, with CPython's {@code shuffle}. A seeded {@code ShuffleFilter} in a backtest must
 * order pairs exactly as freqtrade does, because the pair order decides which trades are taken
 * when slots are scarce, and backtest results are compared across the two programs.
 */
final class PythonRandom {

    private static final int N = 624;
    private static final int M = 397;
    private static final long MASK32 = 0xffff_ffffL;

    private final long[] mt = new long[N];
    private int index;

    /** Seeded like {@code random.Random(seed)} with an int seed (its absolute value is used, as in CPython). */
    PythonRandom(BigInteger seed) {
        BigInteger n = seed.abs();
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        long[] key = new long[words];
        for (int i = 0; i < words; i++) {
            key[i] = n.shiftRight(32 * i).longValue() & MASK32;
        }
        initByArray(key);
    }

    /** Seeded from the operating system, like {@code random.Random()} (live trading must not repeat itself). */
    static PythonRandom unseeded() {
        return new PythonRandom(new BigInteger(128, new SecureRandom()));
    }

    private void initGenrand(long s) {
        mt[0] = s & MASK32;
        for (int i = 1; i < N; i++) {
            mt[i] = (1812433253L * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i) & MASK32;
        }
        index = N;
    }

    private void initByArray(long[] key) {
        initGenrand(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525L)) + key[j] + j) & MASK32;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = ((mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941L)) - i) & MASK32;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000L;
    }

    /** The next 32 random bits as a non-negative long. */
    long nextUint32() {
        if (index >= N) {
            for (int k = 0; k < N; k++) {
                long y = (mt[k] & 0x8000_0000L) | (mt[(k + 1) % N] & 0x7fff_ffffL);
                mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908_b0dfL : 0);
            }
            index = 0;
        }
        long y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c_5680L;
        y ^= (y << 15) & 0xefc6_0000L;
        y ^= y >>> 18;
        return y & MASK32;
    }

    /** {@code _randbelow_with_getrandbits(n)}: uniform in {@code [0, n)} by rejection, for {@code n < 2^31}. */
    int randBelow(int n) {
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = k == 0 ? 0 : nextUint32() >>> (32 - k);
        while (r >= n) {
            r = nextUint32() >>> (32 - k);
        }
        return (int) r;
    }

    /** {@code random.shuffle(list)}: Fisher-Yates from the end, in place. */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, randBelow(i + 1));
        }
    }
}
