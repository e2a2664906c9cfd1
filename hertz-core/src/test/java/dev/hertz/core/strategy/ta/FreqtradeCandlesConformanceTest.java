package dev.hertz.core.strategy.ta;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.strategy.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The indicators of freqtrade's sample strategy over freqtrade's own 1m test candles
 * ({@code UNITTEST_BTC-1m.json}, 13,681 rows): structural facts that must hold on real data.
 */
class FreqtradeCandlesConformanceTest {

    private static final int ROWS = 13_681;

    private static Frame frame;
    private final Ta ta = new Ta();

    @BeforeAll
    static void loadCandles() throws IOException {
        Path file = sharedDir().resolve("testdata/UNITTEST_BTC-1m.json");
        assumeTrue(Files.isRegularFile(file), "freqtrade test data not found at " + file
                + " (set -Dhertz.shared.dir); skipping the conformance check");
        double[][] rows = new ObjectMapper().readValue(file.toFile(), double[][].class);
        long[] date = new long[rows.length];
        double[][] cols = new double[5][rows.length];
        for (int i = 0; i < rows.length; i++) {
            date[i] = (long) rows[i][0];
            for (int c = 0; c < 5; c++) {
                cols[c][i] = rows[i][c + 1];
            }
        }
        frame = Frame.of(date, cols[0], cols[1], cols[2], cols[3], cols[4]);
    }

    private static Path sharedDir() {
        String property = System.getProperty("hertz.shared.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        // run from the module directory (hertz-core) or from the project root
        Path fromModule = Path.of("..", "..", "shared");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("..", "shared");
    }

    @Test
    void theFileHoldsTheDocumentedCandles() {
        assertThat(frame.length()).isEqualTo(ROWS);
        assertThat(frame.date()[0]).isEqualTo(1_509_836_520_000L);
        assertThat(frame.open()[0]).isEqualTo(0.00162008);
        assertThat(frame.volume()[0]).isEqualTo(108.14853839);
    }

    @Test
    void rsiHasItsLookbackOfNansAndStaysWithinZeroAndHundred() {
        double[] rsi = ta.rsi(frame.close(), 14);

        assertThat(rsi).hasSize(ROWS);
        assertThat(Hand.nanPrefix(rsi)).isEqualTo(14);
        assertWithin(rsi, 14, 0, 100);
    }

    @Test
    void directionalMovementAndStochasticsStayWithinTheirRanges() {
        double[] adx = ta.adx(frame.high(), frame.low(), frame.close(), 14);
        double[] plusDi = ta.plusDi(frame.high(), frame.low(), frame.close(), 14);
        Stochastic stochf = ta.stochf(frame.high(), frame.low(), frame.close(), 5, 3);
        double[] mfi = ta.mfi(frame.high(), frame.low(), frame.close(), frame.volume(), 14);
        double[] willr = ta.willr(frame.high(), frame.low(), frame.close(), 14);

        assertThat(Hand.nanPrefix(adx)).isEqualTo(27);
        assertThat(Hand.nanPrefix(plusDi)).isEqualTo(14);
        assertThat(Hand.nanPrefix(stochf.d())).isEqualTo(6);
        assertThat(Hand.nanPrefix(mfi)).isEqualTo(14);
        assertThat(Hand.nanPrefix(willr)).isEqualTo(13);
        assertWithin(adx, 27, 0, 100);
        assertWithin(plusDi, 14, 0, 100);
        assertWithin(stochf.k(), 6, 0, 100);
        assertWithin(stochf.d(), 6, 0, 100);
        assertWithin(mfi, 14, 0, 100);
        assertWithin(willr, 13, -100, 0);
    }

    @Test
    void macdTemaSarAndHilbertAreAlignedWithTheCandles() {
        Macd macd = ta.macd(frame.close(), 12, 26, 9);
        double[] tema = ta.tema(frame.close(), 9);
        double[] sar = ta.sar(frame.high(), frame.low(), 0.02, 0.2);
        HtSine ht = ta.htSine(frame.close());

        assertThat(Hand.nanPrefix(macd.macd())).isEqualTo(33);
        assertThat(Hand.nanPrefix(macd.hist())).isEqualTo(33);
        assertThat(Hand.nanPrefix(tema)).isEqualTo(24);
        assertThat(Hand.nanPrefix(sar)).isEqualTo(1);
        assertThat(Hand.nanPrefix(ht.sine())).isEqualTo(63);
        for (int i = 33; i < ROWS; i++) {
            assertThat(macd.hist()[i]).isCloseTo(macd.macd()[i] - macd.signal()[i],
                    within(1e-15));
        }
    }

    @Test
    void bollingerBandsAreOrderedUpperMiddleLower() {
        Bands talib = ta.bollinger(frame.close(), 20, 2, 2);
        Bands qtpylib = Qtpylib.bollingerBands(Qtpylib.typicalPrice(frame), 20, 2);

        assertThat(Hand.nanPrefix(talib.middle())).isEqualTo(19);
        assertThat(Hand.nanPrefix(qtpylib.middle())).isZero();
        assertThat(Hand.nanPrefix(qtpylib.upper())).isEqualTo(1);
        assertOrdered(talib, 19);
        assertOrdered(qtpylib, 1);
    }

    private static void assertOrdered(Bands bands, int from) {
        for (int i = from; i < ROWS; i++) {
            assertThat(bands.upper()[i]).as("upper row %d", i).isGreaterThanOrEqualTo(bands.middle()[i]);
            assertThat(bands.middle()[i]).as("middle row %d", i).isGreaterThanOrEqualTo(bands.lower()[i]);
        }
    }

    /** Within [min, max] up to rounding: TA-Lib's 100·a/(a+b) can land one ulp above 100. */
    private static void assertWithin(double[] values, int from, double min, double max) {
        for (int i = from; i < values.length; i++) {
            assertThat(values[i]).as("row %d", i).isBetween(min - 1e-9, max + 1e-9);
        }
    }
}
