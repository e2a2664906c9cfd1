package dev.hertz.core.persistence;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Precise#round8}'s fast path gives exactly the decimal rounding's double. */
class PreciseTest {

    @Test
    void round8MatchesTheExactDecimalRoundingBitForBit() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 2_000_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble(-1, 1);
                case 1 -> random.nextDouble(-1e6, 1e6);
                case 2 -> (random.nextLong(-10_000_000_000L, 10_000_000_000L) + 0.5) / 1e8;
                default -> random.nextDouble(-1e-7, 1e-7);
            };
            assertThat(Double.doubleToRawLongBits(Precise.round8(value)))
                    .as("round8(%s)", value)
                    .isEqualTo(Double.doubleToRawLongBits(Precise.exactRound8(value)));
        }
    }

    @Test
    void halvesRoundToEvenAndLargeOrSpecialValuesPassThrough() {
        assertThat(Precise.round8(0.000000125)).isEqualTo(Precise.exactRound8(0.000000125));
        assertThat(Precise.round8(-0.000000001)).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(Precise.round8(-0.000000001))).isEqualTo(0L);
        assertThat(Precise.round8(1e30)).isEqualTo(1e30);
        assertThat(Precise.round8(Double.NaN)).isNaN();
        assertThat(Precise.round8(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Precise.round8(0.104969)).isEqualTo(0.104969);
    }
}
