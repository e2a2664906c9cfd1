package dev.hertz.core.exchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.hertz.core.exchange.PrecisionMode.DECIMAL_PLACES;
import static dev.hertz.core.exchange.PrecisionMode.SIGNIFICANT_DIGITS;
import static dev.hertz.core.exchange.PrecisionMode.TICK_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cases copied from freqtrade's tests/exchange/test_exchange_utils.py and test_exchange.py. */
class PrecisionTest {

    @ParameterizedTest
    @CsvSource({
            "2.34559, DECIMAL_PLACES, 4, 2.3455",
            "2.34559, DECIMAL_PLACES, 5, 2.34559",
            "2.34559, DECIMAL_PLACES, 3, 2.345",
            "2.9999, DECIMAL_PLACES, 3, 2.999",
            "2.9909, DECIMAL_PLACES, 3, 2.990",
            "2.9909, DECIMAL_PLACES, 0, 2",
            "29991.5555, DECIMAL_PLACES, 0, 29991",
            "29991.5555, DECIMAL_PLACES, -1, 29990",
            "29991.5555, DECIMAL_PLACES, -2, 29900",
            "2.34559, SIGNIFICANT_DIGITS, 4, 2.345",
            "2.34559, SIGNIFICANT_DIGITS, 5, 2.3455",
            "2.34559, SIGNIFICANT_DIGITS, 3, 2.34",
            "2.9999, SIGNIFICANT_DIGITS, 3, 2.99",
            "2.9909, SIGNIFICANT_DIGITS, 3, 2.99",
            "0.0000077723, SIGNIFICANT_DIGITS, 5, 0.0000077723",
            "0.0000077723, SIGNIFICANT_DIGITS, 3, 0.00000777",
            "0.0000077723, SIGNIFICANT_DIGITS, 1, 0.000007",
            "2.34559, TICK_SIZE, 0.0001, 2.3455",
            "2.34559, TICK_SIZE, 0.00001, 2.34559",
            "2.34559, TICK_SIZE, 0.001, 2.345",
            "2.9999, TICK_SIZE, 0.001, 2.999",
            "2.9909, TICK_SIZE, 0.001, 2.990",
            "2.9909, TICK_SIZE, 0.005, 2.99",
            "2.9999, TICK_SIZE, 0.005, 2.995",
    })
    void amountIsTruncated(double amount, PrecisionMode mode, double precision, double expected) {
        assertThat(Precision.amountToPrecision(amount, precision, mode)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2.34559, DECIMAL_PLACES, 4, 2.3456, ROUND_UP",
            "2.34559, DECIMAL_PLACES, 5, 2.34559, ROUND_UP",
            "2.34559, DECIMAL_PLACES, 3, 2.346, ROUND_UP",
            "2.9999, DECIMAL_PLACES, 3, 3.000, ROUND_UP",
            "2.9909, DECIMAL_PLACES, 3, 2.991, ROUND_UP",
            "2.9901, DECIMAL_PLACES, 3, 2.991, ROUND_UP",
            "2.34559, DECIMAL_PLACES, 5, 2.34559, ROUND_DOWN",
            "2.34559, DECIMAL_PLACES, 4, 2.3455, ROUND_DOWN",
            "2.9901, DECIMAL_PLACES, 3, 2.990, ROUND_DOWN",
            "0.00299, DECIMAL_PLACES, 3, 0.002, ROUND_DOWN",
            "2.345600000000001, DECIMAL_PLACES, 4, 2.3456, ROUND",
            "2.345551, DECIMAL_PLACES, 4, 2.3456, ROUND",
            "2.49, DECIMAL_PLACES, 0, 2.0, ROUND",
            "2.51, DECIMAL_PLACES, 0, 3.0, ROUND",
            "5.1, DECIMAL_PLACES, -1, 10.0, ROUND",
            "4.9, DECIMAL_PLACES, -1, 0.0, ROUND",
            "0.000007222, SIGNIFICANT_DIGITS, 1, 0.000007, ROUND",
            "0.000007222, SIGNIFICANT_DIGITS, 2, 0.0000072, ROUND",
            "0.000007777, SIGNIFICANT_DIGITS, 2, 0.0000078, ROUND",
            "2.34559, TICK_SIZE, 0.0001, 2.3456, ROUND_UP",
            "2.34559, TICK_SIZE, 0.00001, 2.34559, ROUND_UP",
            "2.34559, TICK_SIZE, 0.001, 2.346, ROUND_UP",
            "2.9999, TICK_SIZE, 0.001, 3.000, ROUND_UP",
            "2.9909, TICK_SIZE, 0.001, 2.991, ROUND_UP",
            "2.9909, TICK_SIZE, 0.001, 2.990, ROUND_DOWN",
            "2.9909, TICK_SIZE, 0.005, 2.995, ROUND_UP",
            "2.9973, TICK_SIZE, 0.005, 3.0, ROUND_UP",
            "2.9977, TICK_SIZE, 0.005, 3.0, ROUND_UP",
            "234.43, TICK_SIZE, 0.5, 234.5, ROUND_UP",
            "234.43, TICK_SIZE, 0.5, 234.0, ROUND_DOWN",
            "234.53, TICK_SIZE, 0.5, 235.0, ROUND_UP",
            "234.53, TICK_SIZE, 0.5, 234.5, ROUND_DOWN",
            "0.891534, TICK_SIZE, 0.0001, 0.8916, ROUND_UP",
            "64968.89, TICK_SIZE, 0.01, 64968.89, ROUND_UP",
            "0.000000003483, TICK_SIZE, 1e-12, 0.000000003483, ROUND_UP",
            "2.49, TICK_SIZE, 1.0, 2.0, ROUND",
            "2.51, TICK_SIZE, 1.0, 3.0, ROUND",
            "2.000000051, TICK_SIZE, 0.0000001, 2.0000001, ROUND",
            "2.000000049, TICK_SIZE, 0.0000001, 2.0, ROUND",
            "2.9909, TICK_SIZE, 0.005, 2.990, ROUND",
            "2.9973, TICK_SIZE, 0.005, 2.995, ROUND",
            "2.9977, TICK_SIZE, 0.005, 3.0, ROUND",
            "234.24, TICK_SIZE, 0.5, 234.0, ROUND",
            "234.26, TICK_SIZE, 0.5, 234.5, ROUND",
            "2.34559, DECIMAL_PLACES, 4, 2.3455, TRUNCATE",
            "2.34559, DECIMAL_PLACES, 5, 2.34559, TRUNCATE",
            "2.34559, DECIMAL_PLACES, 3, 2.345, TRUNCATE",
            "2.9999, DECIMAL_PLACES, 3, 2.999, TRUNCATE",
            "2.9909, DECIMAL_PLACES, 3, 2.990, TRUNCATE",
            "2.9909, TICK_SIZE, 0.001, 2.990, TRUNCATE",
            "2.9909, TICK_SIZE, 0.01, 2.99, TRUNCATE",
            "2.9909, TICK_SIZE, 0.1, 2.9, TRUNCATE",
            "2.34559, SIGNIFICANT_DIGITS, 4, 2.345, TRUNCATE",
            "2.34559, SIGNIFICANT_DIGITS, 5, 2.3455, TRUNCATE",
            "2.34559, SIGNIFICANT_DIGITS, 3, 2.34, TRUNCATE",
            "2.9999, SIGNIFICANT_DIGITS, 3, 2.99, TRUNCATE",
            "2.9909, SIGNIFICANT_DIGITS, 2, 2.9, TRUNCATE",
            "0.00000777, SIGNIFICANT_DIGITS, 2, 0.0000077, TRUNCATE",
            "0.00000729, SIGNIFICANT_DIGITS, 2, 0.0000072, TRUNCATE",
            "722.2, SIGNIFICANT_DIGITS, 1, 700.0, ROUND",
            "790.2, SIGNIFICANT_DIGITS, 1, 800.0, ROUND",
            "722.2, SIGNIFICANT_DIGITS, 2, 720.0, ROUND",
            "722.2, SIGNIFICANT_DIGITS, 1, 800.0, ROUND_UP",
            "722.2, SIGNIFICANT_DIGITS, 2, 730.0, ROUND_UP",
            "777.7, SIGNIFICANT_DIGITS, 2, 780.0, ROUND_UP",
            "777.7, SIGNIFICANT_DIGITS, 3, 778.0, ROUND_UP",
            "722.2, SIGNIFICANT_DIGITS, 1, 700.0, ROUND_DOWN",
            "722.2, SIGNIFICANT_DIGITS, 2, 720.0, ROUND_DOWN",
            "777.7, SIGNIFICANT_DIGITS, 2, 770.0, ROUND_DOWN",
            "777.7, SIGNIFICANT_DIGITS, 3, 777.0, ROUND_DOWN",
            "0.000007222, SIGNIFICANT_DIGITS, 1, 0.000008, ROUND_UP",
            "0.000007222, SIGNIFICANT_DIGITS, 2, 0.0000073, ROUND_UP",
            "0.000007777, SIGNIFICANT_DIGITS, 2, 0.0000078, ROUND_UP",
            "0.000007222, SIGNIFICANT_DIGITS, 1, 0.000007, ROUND_DOWN",
            "0.000007222, SIGNIFICANT_DIGITS, 2, 0.0000072, ROUND_DOWN",
            "0.000007777, SIGNIFICANT_DIGITS, 2, 0.0000077, ROUND_DOWN",
    })
    void priceRounding(double price, PrecisionMode mode, double precision, double expected, Rounding rounding) {
        assertThat(Precision.priceToPrecision(price, precision, mode, rounding)).isEqualTo(expected);
    }

    @Test
    void roundIsHalfUpNotHalfEven() {
        assertThat(Precision.priceToPrecision(2.5, 0.0, DECIMAL_PLACES, Rounding.ROUND)).isEqualTo(3.0);
        assertThat(Precision.priceToPrecision(0.125, 2.0, DECIMAL_PLACES, Rounding.ROUND)).isEqualTo(0.13);
        // half a tick goes up
        assertThat(Precision.priceToPrecision(100.005, 0.01, TICK_SIZE, Rounding.ROUND)).isEqualTo(100.01);
    }

    @Test
    void significantRoundTieTakesTheLowerValue() {
        // ccxt picks the nearer of truncated/next step and keeps the truncated one on a tie
        assertThat(Precision.priceToPrecision(750.0, 1.0, SIGNIFICANT_DIGITS, Rounding.ROUND)).isEqualTo(700.0);
    }

    @Test
    void stopRoundingKeepsExactTickPrices() {
        assertThat(Precision.priceToPrecision(234.5, 0.5, TICK_SIZE, Rounding.ROUND_UP)).isEqualTo(234.5);
        assertThat(Precision.priceToPrecision(234.5, 0.5, TICK_SIZE, Rounding.ROUND_DOWN)).isEqualTo(234.5);
    }

    @Test
    void noPrecisionLeavesValuesUnchanged() {
        assertThat(Precision.amountToPrecision(1.23456789, null, TICK_SIZE)).isEqualTo(1.23456789);
        assertThat(Precision.priceToPrecision(1.23456789, 0.01, null, Rounding.ROUND)).isEqualTo(1.23456789);
    }

    @ParameterizedTest
    @CsvSource({
            "1.17, 1.0, TICK_SIZE, 0.01, 1.17",
            "1.17, 1.0, DECIMAL_PLACES, 0.01, 1.17",
            "1.16, 1.0, TICK_SIZE, 0.01, 1.16",
            "1.16, 1.0, DECIMAL_PLACES, 0.01, 1.16",
            "1.13, 1.0, DECIMAL_PLACES, 0.01, 1.13",
            "10.988, 1.0, DECIMAL_PLACES, 10, 10",
            "10.988, 1.0, TICK_SIZE, 10, 10",
    })
    void amountToContractPrecision(double amount, double precision, PrecisionMode mode, double contractSize,
                                   double expected) {
        assertThat(Precision.amountToContractPrecision(amount, precision, mode, contractSize))
                .isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
            "2.34559, DECIMAL_PLACES, 4, 0.0001",
            "2.34559, DECIMAL_PLACES, 5, 0.00001",
            "2.34559, DECIMAL_PLACES, 3, 0.001",
            "2.9999, DECIMAL_PLACES, 3, 0.001",
            "200.0511, DECIMAL_PLACES, 3, 0.001",
            "2.34559, TICK_SIZE, 0.0001, 0.0001",
            "2.34559, TICK_SIZE, 0.0025, 0.0025",
            "234.43, TICK_SIZE, 0.5, 0.5",
            "234.43, TICK_SIZE, 0.00013, 0.00013",
    })
    void onePip(double price, PrecisionMode mode, double precision, double expected) {
        Market m = new Market("ETH/BTC", "ETH", "BTC", true, true, false, false, mode, 8.0, precision,
                Market.Limits.NONE, 0.001, 0.001, null);
        assertThat(Precision.onePip(m)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void marketHelpersUseTheMarketsPrecision() {
        Market m = new Market("BTC/USDT:USDT", "BTC", "USDT", true, false, false, true, TICK_SIZE, 1.0, 0.1,
                Market.Limits.NONE, 0.0002, 0.0005, 0.001);
        // 0.0123 BTC = 12.3 contracts, truncated to 12 contracts = 0.012 BTC
        assertThat(Precision.amountToContractPrecision(m, 0.0123)).isEqualTo(0.012);
        assertThat(Precision.amountToPrecision(m, 12.7)).isEqualTo(12.0);
        assertThat(Precision.priceToPrecision(m, 64968.87)).isEqualTo(64968.9);
        assertThat(Precision.priceToPrecision(m, 64968.87, Rounding.ROUND_DOWN)).isEqualTo(64968.8);
    }
}
