package dev.hertz.core.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.pairlist.PluginDescription;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.PairLockRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectionManagerTest extends ProtectionTestBase {

    @Test
    void validationFollowsFreqtrade() {
        for (String ok : List.of("[]", "[{\"method\": \"StoplossGuard\", \"lookback_period\": 2000, \"stop_duration_candles\": 10}]",
                "[{\"method\": \"StoplossGuard\", \"lookback_period_candles\": 20, \"stop_duration\": 10}]",
                "[{\"method\": \"StoplossGuard\", \"lookback_period_candles\": 20, \"unlock_at\": \"20:02\"}]",
                "[{\"method\": \"StoplossGuard\", \"unlock_at\": \"5:3\"}]")) {
            assertThatCode(() -> ProtectionManager.validateProtections(configs(ok))).doesNotThrowAnyException();
        }
        assertRejected("[{\"method\": \"StoplossGuard\", \"lookback_period_candles\": 20, \"lookback_period\": 2000, "
                        + "\"stop_duration\": 10}]",
                "Protections must specify either `lookback_period` or `lookback_period_candles`.\n Please fix the "
                        + "protection StoplossGuard.");
        assertRejected("[{\"method\": \"StoplossGuard\", \"lookback_period\": 20, \"stop_duration\": 10, "
                        + "\"stop_duration_candles\": 10}]",
                "Protections must specify either `stop_duration` or `stop_duration_candles`.\nPlease fix the "
                        + "protection StoplossGuard.");
        assertRejected("[{\"method\": \"StoplossGuard\", \"lookback_period\": 20, \"stop_duration\": 10, "
                        + "\"unlock_at\": \"20:02\"}]",
                "Protections must specify either `unlock_at`, `stop_duration` or `stop_duration_candles`.\nPlease fix "
                        + "the protection StoplossGuard.");
        assertRejected("[{\"method\": \"StoplossGuard\", \"lookback_period_candles\": 20, \"unlock_at\": \"55:102\"}]",
                "Invalid date format for unlock_at: 55:102.");
        assertRejected("[{\"method\": \"StoplossGuard\", \"unlock_at\": \"24:00\"}]",
                "Invalid date format for unlock_at: 24:00.");
        assertRejected("[{\"lookback_period\": 20}]",
                "protections[0]: must be an object with a \"method\" string, got {\"lookback_period\":20}");
    }

    private void assertRejected(String json, String message) {
        assertThatThrownBy(() -> manager(json)).isInstanceOf(ConfigurationError.class).hasMessage(message);
    }

    @Test
    void unknownMethodsAndBadParametersAreNamed() {
        assertRejected("[{\"method\": \"CooldownPeriod\"}, {\"method\": \"PanicButton\"}]",
                "protections[1].method: unknown protection 'PanicButton'; available: CooldownPeriod, LowProfitPairs, "
                        + "MaxDrawdown, StoplossGuard");
        assertRejected("[{\"method\": \"StoplossGuard\", \"trade_limit\": \"x\"}]",
                "Protection StoplossGuard (protections[0]): trade_limit must be a number, got \"x\"");
        assertThat(Protections.available()).containsExactly("CooldownPeriod", "LowProfitPairs", "MaxDrawdown",
                "StoplossGuard");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"method": "StoplossGuard", "lookback_period": 60, "trade_limit": 2, "stop_duration": 60} | StoplossGuard - Frequent Stoploss Guard, 2 stoplosses with profit < 0.00% within 60 minutes.
            {"method": "CooldownPeriod", "stop_duration": 60} | CooldownPeriod - Cooldown period for 60 minutes.
            {"method": "LowProfitPairs", "lookback_period": 60, "stop_duration": 60} | LowProfitPairs - Low Profit Protection, locks pairs with profit < 0.0 within 60 minutes.
            {"method": "MaxDrawdown", "lookback_period": 60, "stop_duration": 60} | MaxDrawdown - Max drawdown protection, stop trading if drawdown is > 0.0 within 60 minutes.
            {"method": "StoplossGuard", "lookback_period_candles": 12, "trade_limit": 2, "required_profit": -0.05, "stop_duration": 60} | StoplossGuard - Frequent Stoploss Guard, 2 stoplosses with profit < -5.00% within 12 candles.
            {"method": "CooldownPeriod", "stop_duration_candles": 5} | CooldownPeriod - Cooldown period for 5 candles.
            {"method": "LowProfitPairs", "lookback_period_candles": 11, "stop_duration": 60} | LowProfitPairs - Low Profit Protection, locks pairs with profit < 0.0 within 11 candles.
            {"method": "MaxDrawdown", "lookback_period_candles": 20, "stop_duration": 60} | MaxDrawdown - Max drawdown protection, stop trading if drawdown is > 0.0 within 20 candles.
            {"method": "CooldownPeriod", "unlock_at": "01:00"} | CooldownPeriod - Cooldown period until 01:00.
            {"method": "StoplossGuard", "lookback_period_candles": 12, "trade_limit": 2, "required_profit": -0.05, "unlock_at": "01:00"} | StoplossGuard - Frequent Stoploss Guard, 2 stoplosses with profit < -5.00% within 12 candles.
            {"method": "LowProfitPairs", "lookback_period_candles": 11, "unlock_at": "03:00"} | LowProfitPairs - Low Profit Protection, locks pairs with profit < 0.0 within 11 candles.
            {"method": "MaxDrawdown", "lookback_period_candles": 20, "unlock_at": "04:00"} | MaxDrawdown - Max drawdown protection, stop trading if drawdown is > 0.0 within 20 candles.
            """)
    void shortDescriptionsMatchFreqtrade(String config, String expected) {
        ProtectionManager pm = manager("[" + config + "]");
        assertThat(pm.shortDesc()).containsExactly(new PluginDescription(pm.nameList().get(0), expected));
    }

    @Test
    void candleCountsConvertWithTheTimeframe() {
        locks = new DatabasePairLocks(new PairLockRepository(db), Timeframe.parse("1h"), clock);
        ProtectionManager pm = manager("[{\"method\": \"StoplossGuard\", \"trade_limit\": 2, "
                + "\"lookback_period_candles\": 20, \"stop_duration_candles\": 9}]");
        closed("XRP/BTC", 1190, -0.1, "stop_loss", false);
        closed("ETH/BTC", 60, -0.1, "stop_loss", false);
        closed("LTC/BTC", 1210, -0.1, "stop_loss", false);

        PairLock lock = pm.globalStop(clock.instant(), "long").orElseThrow();
        // 20 × 1h lookback = 1200 minutes (LTC is outside); lock = last close (09:00) + 9 × 60 min, next 1h candle.
        assertThat(lock.reason()).isEqualTo("2 stoplosses in 1200 min, locking for 9 candles.");
        assertThat(lock.lockEndTime()).isEqualTo(Instant.parse("2024-05-02T19:00:00Z"));
    }

    @Test
    void withoutProtectionsNothingIsLocked() {
        ProtectionManager pm = manager("[]");
        closed("XRP/BTC", 10, -0.5, "stop_loss", false);
        assertThat(pm.globalStop("long")).isEmpty();
        assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();
        assertThat(logs.messages()).contains("No protection Handlers defined.");
    }

    @Test
    void backtestsUseInMemoryTradesAndLocks() {
        Instant candle = Instant.parse("2024-05-02T10:00:00Z");
        List<ClosedTrade> simulated = List.of(new ClosedTrade("XRP/BTC", false, candle.minusSeconds(300), -0.05,
                "stop_loss"));
        TradeHistory history = (pair, after) -> simulated.stream()
                .filter(t -> t.closeDate().isAfter(after) && (pair == null || t.pair().equals(pair))).toList();
        InMemoryPairLocks memory = new InMemoryPairLocks(Timeframe.parse("5m"), clock);
        ProtectionManager pm = new ProtectionManager(configs("[{\"method\": \"CooldownPeriod\", \"stop_duration\": 10}]"),
                history, memory, clock);

        PairLock lock = pm.stopPerPair("XRP/BTC", candle, "long").orElseThrow();
        assertThat(lock.lockEndTime()).isEqualTo(Instant.parse("2024-05-02T10:10:00Z"));
        assertThat(memory.isPairLocked("XRP/BTC", Instant.parse("2024-05-02T10:10:00Z"), "long")).isTrue();
        assertThat(memory.isPairLocked("XRP/BTC", Instant.parse("2024-05-02T10:15:00Z"), "long")).isFalse();
        assertThat(locks.allLocks()).isEmpty();
    }
}
