package dev.hertz.core.strategy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarketDirectionTest {

    @Test
    void parsesFreqtradesNamesOnly() {
        assertThat(MarketDirection.parse("long")).contains(MarketDirection.LONG);
        assertThat(MarketDirection.parse("even")).contains(MarketDirection.EVEN);
        assertThat(MarketDirection.parse("LONG")).isEmpty();
        assertThat(MarketDirection.parse("up")).isEmpty();
        assertThat(MarketDirection.SHORT.value()).isEqualTo("short");
    }

    @Test
    void aStrategyStartsWithNoneAndKeepsWhatTheUserSets() {
        TestStrategy strategy = new TestStrategy();
        assertThat(strategy.marketDirection()).isEqualTo(MarketDirection.NONE);
        strategy.setMarketDirection(MarketDirection.SHORT);
        assertThat(strategy.marketDirection()).isEqualTo(MarketDirection.SHORT);
    }
}
