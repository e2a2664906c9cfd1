package dev.hertz.core.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Cases copied from freqtrade's test__get_stake_amount_limit and the documentation example. */
class StakeLimitsTest {

    private static Market market(Double costMin, Double costMax, Double amountMin, Double amountMax,
                                 boolean futures, Double contractSize) {
        return new Market("ETH/BTC", "ETH", "BTC", true, !futures, false, futures, PrecisionMode.TICK_SIZE,
                null, null, new Market.Limits(new Market.MinMax(amountMin, amountMax),
                new Market.MinMax(costMin, costMax), Market.MinMax.NONE), 0.001, 0.001, contractSize);
    }

    private static double min(Market m, double price, double stoploss, double leverage) {
        return StakeLimits.minPairStakeAmount(m, price, stoploss, leverage).orElseThrow();
    }

    @Test
    void noLimits() {
        Market m = market(null, null, null, null, false, null);
        assertThat(StakeLimits.minPairStakeAmount(m, 1, -0.05, 1)).isEmpty();
        assertThat(StakeLimits.maxPairStakeAmount(m, 1, 1)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void costLimits() {
        Market m = market(2.0, 10000.0, null, null, false, null);
        double expected = 2 * (1 + 0.05) / (1 - 0.05);
        assertThat(min(m, 1, -0.05, 1)).isCloseTo(expected, within(1e-12));
        assertThat(min(m, 1, -0.05, 3.0)).isCloseTo(expected / 3, within(1e-12));
        assertThat(StakeLimits.maxPairStakeAmount(m, 2, 1)).isEqualTo(10000);
    }

    @Test
    void amountLimits() {
        Market m = market(null, null, 2.0, 10000.0, false, null);
        double expected = 2 * 2 * (1 + 0.05);
        assertThat(min(m, 2, -0.05, 1)).isCloseTo(expected, within(1e-12));
        assertThat(min(m, 2, -0.05, 5.0)).isCloseTo(expected / 5, within(1e-12));
        assertThat(StakeLimits.maxPairStakeAmount(m, 2, 1)).isEqualTo(20000);
    }

    @Test
    void costAndAmountTakeTheLarger() {
        Market m = market(2.0, null, 2.0, null, false, null);
        double expected = Math.max(2, 2 * 2) * (1 + 0.05);
        assertThat(min(m, 2, -0.05, 1)).isCloseTo(expected, within(1e-12));
        assertThat(min(m, 2, -0.05, 10)).isCloseTo(expected / 10, within(1e-12));
    }

    @Test
    void stoplossReserveIsCappedAtOneAndAHalf() {
        Market m = market(8.0, 10000.0, 2.0, 500.0, false, null);
        double expected = Math.max(8, 2 * 2) * (1 + 0.05) / (1 - 0.05);
        assertThat(min(m, 2, -0.05, 1)).isCloseTo(expected, within(1e-12));
        assertThat(min(m, 2, -0.05, 7.0)).isCloseTo(expected / 7.0, within(1e-12));
        assertThat(StakeLimits.maxPairStakeAmount(m, 2, 1)).isEqualTo(1000);
        assertThat(min(m, 2, -0.4, 1)).isCloseTo(8 * 1.5, within(1e-12));
        assertThat(min(m, 2, -0.4, 8.0)).isCloseTo(8 * 1.5 / 8.0, within(1e-12));
        // a stoploss of -100 % would divide by zero: 1.5 is used
        assertThat(min(m, 2, -1, 1)).isCloseTo(8 * 1.5, within(1e-12));
        assertThat(min(m, 2, -1, 12.0)).isCloseTo(8 * 1.5 / 12, within(1e-12));
        assertThat(StakeLimits.maxPairStakeAmount(m, 2, 12.0)).isEqualTo(1000.0 / 12);
    }

    @Test
    void futuresLimitsAreConvertedFromContracts() {
        double expected = 8 * 1.5;
        Market small = market(8.0, 10000.0, 2.0, 500.0, true, 0.01);
        assertThat(min(small, 2, -1, 1)).isCloseTo(expected * 0.01, within(1e-12));
        assertThat(StakeLimits.maxPairStakeAmount(small, 2, 1)).isEqualTo(10);
        Market big = market(8.0, 10000.0, 2.0, 500.0, true, 10.0);
        assertThat(min(big, 2, -1, 12.0)).isCloseTo(expected / 12 * 10.0, within(1e-12));
        assertThat(StakeLimits.maxPairStakeAmount(big, 2, 1)).isEqualTo(10000);
    }

    @Test
    void realBinanceDataIgnoresContractSizeOnSpot() {
        Market m = market(0.0001, 4000.0, 0.001, 10000.0, false, 0.1);
        double expected = Math.max(0.0001, 0.001 * 0.020405) * (1 + 0.05) / (1 - 0.05);
        assertThat(min(m, 0.020405, -0.05, 1)).isCloseTo(expected, within(1e-8));
        assertThat(min(m, 0.020405, -0.05, 3.0)).isCloseTo(expected / 3, within(1e-8));
        assertThat(StakeLimits.maxPairStakeAmount(m, 2.0, 1)).isEqualTo(4000);
    }

    @Test
    void documentationExample() {
        // amount min 20 at 0.6 is 12; with the 5 % reserve 12.6
        assertThat(min(market(null, null, 20.0, null, false, null), 0.6, -0.1, 1)).isCloseTo(12.6, within(1e-9));
        // a cost minimum of 12 with stoploss -10 %: 12 × 1.05 / 0.9 = 14
        assertThat(min(market(12.0, null, null, null, false, null), 0.6, -0.1, 1)).isCloseTo(14.0, within(1e-9));
        // amount_reserve_percent is configurable
        assertThat(StakeLimits.minPairStakeAmount(market(null, null, 20.0, null, false, null), 0.6, -0.1, 1, 0.0)
                .orElseThrow()).isCloseTo(12.0, within(1e-9));
    }
}
