package dev.hertz.core.exchange.sim;

import dev.hertz.core.testing.ManualClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.exchange.ConfigurationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimExchangeConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void missingSectionGivesDefaults() {
        SimExchangeConfig d = SimExchangeConfig.fromJson(null);
        assertThat(d).isEqualTo(SimExchangeConfig.defaults());
        assertThat(d.seed()).isEqualTo(42);
        assertThat(d.speed()).isEqualTo(1.0);
        assertThat(d.balances()).isEqualTo(Map.of("USDT", 10_000.0));
        assertThat(d.makerFee()).isEqualTo(0.001);
        assertThat(d.markets()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(SimExchangeConfig.fromJson(JSON.missingNode())).isEqualTo(d);
    }

    @Test
    void readsEveryKey() throws Exception {
        SimExchangeConfig c = SimExchangeConfig.fromJson(json("""
                {'seed': 7, 'speed': 60, 'start': '2024-01-01T00:00:00Z', 'fee': 0.002, 'taker_fee': 0.0025,
                 'history_days': 30, 'balances': {'USDT': 500, 'BTC': 0.1},
                 'markets': ['BTC/USDT', {'symbol': 'ETH/USDT', 'price': 2500},
                             {'symbol': 'PEPE/USDT', 'price': 0.00001, 'tick_size': 1e-9, 'step_size': 1,
                              'min_cost': 1, 'volatility': 1.5, 'daily_volume': 1e8}, {'symbol': 'NEW/USDT', 'price': 3}]}
                """));
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.speed()).isEqualTo(60);
        assertThat(c.start()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(c.makerFee()).isEqualTo(0.002);
        assertThat(c.takerFee()).isEqualTo(0.0025);
        assertThat(c.historyDays()).isEqualTo(30);
        assertThat(c.balances()).containsEntry("BTC", 0.1).containsEntry("USDT", 500.0);
        assertThat(c.markets()).extracting(SimMarketSpec::symbol).containsExactly("BTC/USDT", "ETH/USDT", "PEPE/USDT", "NEW/USDT");
        assertThat(c.markets().get(1).price()).isEqualTo(2500);
        assertThat(c.markets().get(1).tickSize()).isEqualTo(0.01);
        assertThat(c.markets().get(2).tickSize()).isEqualTo(1e-9);
        assertThat(c.markets().get(3).tickSize()).isEqualTo(1e-5);
        assertThat(c.markets().get(3).stepSize()).isEqualTo(0.01);
        assertThat(c.markets().get(3).minCost()).isEqualTo(5);
        assertThat(SimExchangeConfig.fromJson(json("{'start': 1704067200000}")).start())
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'speed': 'fast'}                          | exchange.sim.speed: expected a number > 0, got \"fast\"",
            "{'speed': 0}                               | exchange.sim.speed: expected a number > 0, got 0",
            "{'seed': 1.5}                              | exchange.sim.seed: expected a whole number, got 1.5",
            "{'sped': 2}                                | exchange.sim.sped: unknown key",
            "{'fee': 0.5}                               | exchange.sim.fee: expected a fee rate in [0, 0.1)",
            "{'history_days': 0}                        | exchange.sim.history_days: expected a whole number from 1 to 5000",
            "{'start': 'yesterday'}                     | exchange.sim.start: expected an ISO-8601 UTC time",
            "{'balances': {'USDT': -1}}                 | exchange.sim.balances.USDT: expected a number >= 0, got -1",
            "{'balances': [1]}                          | exchange.sim.balances: expected an object",
            "{'markets': []}                            | exchange.sim.markets: expected a non-empty list",
            "{'markets': ['FOO/USDT']}                  | exchange.sim.markets[0]: expected one of the built-in markets",
            "{'markets': [{'symbol': 'FOO/USDT'}]}      | exchange.sim.markets[0].price: expected a positive number (required",
            "{'markets': [{'symbol': 'BTC/USDT', 'tick': 1}]} | exchange.sim.markets[0].tick: unknown key",
            "{'markets': [{'symbol': 'btc-usdt', 'price': 1}]} | exchange.sim.markets[0]: Sim market symbol must look like BASE/QUOTE",
            "{'markets': ['BTC/USDT', 'BTC/USDT']}       | exchange.sim: Sim market symbols must be unique",
            "[1, 2]                                     | exchange.sim: expected an object, got [1,2]"})
    void errorsNameTheKeyPath(String text, String message) {
        assertThatThrownBy(() -> SimExchangeConfig.fromJson(json(text)))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith(message.replace('\'', '"'));
    }

    @Test
    void fromConfigBuildsAWorkingExchange() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2024-05-05T10:00:00Z"));
        SimExchange ex = SimExchange.fromConfig(json("{'seed': 3, 'markets': ['SOL/USDT'], 'balances': {'USDT': 50}}"), clock);
        assertThat(ex.markets()).containsOnlyKeys("SOL/USDT");
        assertThat(ex.fetchBalances().get("USDT").free()).isEqualTo(50.0);
        assertThat(ex.fetchTicker("SOL/USDT").last()).isPositive();
    }
}
