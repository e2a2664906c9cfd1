package dev.hertz.core.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.hertz.core.persistence.PairLock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four protections against freqtrade's scenarios, with trades and locks in SQLite. */
class ProtectionsTest extends ProtectionTestBase {

    @Test
    void stoplossGuardLocksEverythingAfterEnoughRecentStops() {
        ProtectionManager pm = manager("[{\"method\": \"StoplossGuard\", \"lookback_period\": 60, "
                + "\"stop_duration\": 40, \"trade_limit\": 3}]");
        assertThat(pm.globalStop("long")).isEmpty();
        closed("XRP/BTC", 30, -0.1, "stop_loss", false);
        assertThat(pm.globalStop("long")).isEmpty();
        closed("BCH/BTC", 100, -0.1, "stop_loss", false);
        closed("ETH/BTC", 30, -0.1, "stop_loss", false);
        closed("NEO/BTC", 20, -0.1, "exit_signal", false);
        closed("ADA/BTC", 20, 0.0, "stop_loss", false);
        assertThat(pm.globalStop("long")).isEmpty();
        assertThat(logs.messages()).noneMatch(m -> m.startsWith("Trading stopped due to"));

        closed("LTC/BTC", 30, -0.1, "stoploss_on_exchange", false);
        PairLock lock = pm.globalStop("long").orElseThrow();
        assertThat(lock.pair()).isEqualTo("*");
        assertThat(lock.side()).isEqualTo("*");
        assertThat(lock.reason()).isEqualTo("3 stoplosses in 60 min, locking for 40 minutes.");
        // Last stop closed 09:30, + 40 minutes = 10:10, a candle boundary, so the lock ends at 10:15.
        assertThat(lock.lockEndTime()).isEqualTo(Instant.parse("2024-05-02T10:15:00Z"));
        assertThat(locks.isGlobalLock(clock.instant(), "*")).isTrue();
        assertThat(logs.messages()).contains("Trading stopped due to 3 stoplosses within 60 minutes.");

        // Checking again later proposes the same end, which the existing lock already covers.
        Instant later = lock.lockEndTime().plus(Duration.ofMinutes(5));
        assertThat(pm.globalStop(later, "long")).isEmpty();
        assertThat(locks.isGlobalLock(later, "*")).isFalse();
        assertThat(locks.allLocks()).hasSize(1);
    }

    @ParameterizedTest(name = "only_per_side={0}")
    @ValueSource(booleans = {false, true})
    void stoplossGuardPerPairAndPerSide(boolean onlyPerSide) {
        ProtectionManager pm = manager("[{\"method\": \"StoplossGuard\", \"lookback_period\": 60, \"trade_limit\": 2, "
                + "\"stop_duration\": 60, \"only_per_pair\": true, \"only_per_side\": " + onlyPerSide + "}]");
        closed("XRP/BTC", 30, -0.1, "stop_loss", false);
        closed("ETH/BTC", 30, -0.1, "stop_loss", false);
        assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();
        assertThat(pm.globalStop("long")).as("only_per_pair disables the global stop").isEmpty();

        closed("XRP/BTC", 25, -0.1, "trailing_stop_loss", true);
        PairLock shortLock = pm.stopPerPair("XRP/BTC", "short").orElse(null);
        if (onlyPerSide) {
            assertThat(shortLock).isNull();
            assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();
        } else {
            assertThat(shortLock).isNotNull();
            assertThat(shortLock.side()).isEqualTo("*");
            assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "long")).isTrue();
        }

        closed("XRP/BTC", 31, -0.1, "stop_loss", false);
        if (onlyPerSide) {
            PairLock longLock = pm.stopPerPair("XRP/BTC", "long").orElseThrow();
            assertThat(longLock.side()).isEqualTo("long");
            assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "long")).isTrue();
            assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "short")).isFalse();
            assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "*")).isFalse();
        } else {
            assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "*")).isTrue();
        }
        assertThat(locks.isGlobalLock(clock.instant(), "long")).isFalse();
    }

    @Test
    void cooldownLocksThePairThatJustClosed() {
        ProtectionManager pm = manager("[{\"method\": \"CooldownPeriod\", \"stop_duration\": 60}]");
        assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();
        closed("XRP/BTC", 30, -0.1, "stop_loss", false);
        assertThat(pm.globalStop("long")).isEmpty();
        PairLock lock = pm.stopPerPair("XRP/BTC", "long").orElseThrow();
        assertThat(lock.reason()).isEqualTo("Cooldown period for 60 minutes.");
        assertThat(lock.lockEndTime()).isEqualTo(Instant.parse("2024-05-02T10:35:00Z"));
        assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "*")).isTrue();
        assertThat(locks.isGlobalLock(clock.instant(), "*")).isFalse();
        assertThat(logs.messages()).contains("Cooldown for XRP/BTC for 60 minutes.");

        closed("ETH/BTC", 35, 0.05, "roi", false);
        assertThat(locks.isPairLocked("ETH/BTC", clock.instant(), "*")).isFalse();
        assertThat(pm.stopPerPair("ETH/BTC", "long")).isPresent();
        assertThat(locks.isPairLocked("ETH/BTC", clock.instant(), "*")).isTrue();
    }

    @Test
    void cooldownUntilATimeOfDayRollsOverToTheNextDay() {
        ProtectionManager pm = manager("[{\"method\": \"CooldownPeriod\", \"unlock_at\": \"05:00\"}]");
        Instant start = Instant.parse("2024-05-02T00:30:00Z");
        clock.set(start);
        closed("XRP/BTC", 10, -0.1, "stop_loss", false);
        PairLock lock = pm.stopPerPair("XRP/BTC", "long").orElseThrow();
        assertThat(lock.reason()).isEqualTo("Cooldown period until 05:00.");
        assertThat(locks.isPairLocked("XRP/BTC", start.plus(Duration.ofHours(4)), "*")).isTrue();
        assertThat(locks.isPairLocked("XRP/BTC", start.plus(Duration.ofHours(5)), "*")).isFalse();

        Instant evening = Instant.parse("2024-05-02T22:00:00Z");
        clock.set(evening);
        closed("ETH/BTC", 10, 0.02, "roi", false);
        assertThat(pm.stopPerPair("ETH/BTC", "long")).isPresent();
        assertThat(locks.isPairLocked("ETH/BTC", evening.plus(Duration.ofHours(1)), "*")).isTrue();
        assertThat(locks.isPairLocked("ETH/BTC", evening.plus(Duration.ofMinutes(6 * 60 + 59)), "*")).isTrue();
        // 05:00 next day, rounded to the end of the 05:00 candle.
        assertThat(locks.isPairLocked("ETH/BTC", evening.plus(Duration.ofMinutes(7 * 60 + 1)), "*")).isTrue();
        assertThat(locks.isPairLocked("ETH/BTC", evening.plus(Duration.ofMinutes(7 * 60 + 5)), "*")).isFalse();
    }

    @ParameterizedTest(name = "only_per_side={0}")
    @ValueSource(booleans = {false, true})
    void lowProfitPairsLocksPairsThatLoseOverTheLookback(boolean onlyPerSide) {
        ProtectionManager pm = manager("[{\"method\": \"LowProfitPairs\", \"lookback_period\": 400, \"stop_duration\": 60, "
                + "\"trade_limit\": 2, \"required_profit\": 0.0, \"only_per_side\": " + onlyPerSide + "}]");
        closed("XRP/BTC", 450, -0.25, "stop_loss", false);
        assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();
        closed("XRP/BTC", 120, -0.25, "stop_loss", false);
        assertThat(pm.stopPerPair("XRP/BTC", "long")).as("the first trade is outside the lookback").isEmpty();

        closed("XRP/BTC", 10, 0.5, "roi", true);
        // All sides: -0.25 + 0.5 = 0.25 is fine; long only: -0.25 locks the long side.
        PairLock first = pm.stopPerPair("XRP/BTC", "long").orElse(null);
        assertThat(first != null).isEqualTo(onlyPerSide);
        assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "*")).isFalse();
        assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "long")).isEqualTo(onlyPerSide);
        if (onlyPerSide) {
            assertThat(first.side()).isEqualTo("long");
            assertThat(first.reason()).isEqualTo("-0.25 < 0.0 in 400 minutes, locking for 60 minutes.");
        }

        closed("XRP/BTC", 21, -0.5, "stop_loss", false);
        assertThat(pm.globalStop("long")).isEmpty();
        PairLock second = pm.stopPerPair("XRP/BTC", "long").orElse(null);
        if (onlyPerSide) {
            assertThat(second).as("the long lock already runs until the same end").isNull();
        } else {
            assertThat(second.reason()).isEqualTo("-0.25 < 0.0 in 400 minutes, locking for 60 minutes.");
            assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "*")).isTrue();
        }
        assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "long")).isTrue();
        assertThat(locks.isGlobalLock(clock.instant(), "*")).isFalse();
    }

    @Test
    void lowProfitPairsPrintsPythonsIntegerZeroWhenNothingWasSummed() {
        ProtectionManager pm = manager("[{\"method\": \"LowProfitPairs\", \"required_profit\": 0.01, "
                + "\"only_per_side\": true}]");
        closed("XRP/BTC", 10, 0.5, "roi", true);
        PairLock lock = pm.stopPerPair("XRP/BTC", "long").orElseThrow();
        assertThat(lock.reason()).isEqualTo("0 < 0.01 in 60 minutes, locking for 60 minutes.");
        assertThat(logs.messages()).contains("Trading for XRP/BTC stopped due to 0.00 < 0.01 within 60 minutes.");
    }

    @Test
    void maxDrawdownLocksEverythingOnceTheCumulativeProfitFallsTooFar() {
        ProtectionManager pm = manager("[{\"method\": \"MaxDrawdown\", \"lookback_period\": 1000, \"stop_duration\": 60, "
                + "\"trade_limit\": 3, \"max_allowed_drawdown\": 0.15}]");
        closed("XRP/BTC", 900, 0.1, "roi", false);
        closed("ETH/BTC", 900, 0.1, "roi", false);
        closed("NEO/BTC", 900, 0.1, "roi", false);
        assertThat(pm.globalStop("long")).as("no losing trade, no drawdown").isEmpty();
        assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();

        closed("XRP/BTC", 400, -0.1, "stop_loss", false);
        closed("XRP/BTC", 1100, -0.5, "stop_loss", false);
        closed("XRP/BTC", 410, 0.5, "roi", false);
        assertThat(pm.globalStop("long")).as("0.8 down to 0.7 is a 0.1 drawdown").isEmpty();

        closed("XRP/BTC", 10, -0.2, "roi", false);
        assertThat(pm.stopPerPair("XRP/BTC", "long")).isEmpty();
        assertThat(locks.isPairLocked("XRP/BTC", clock.instant(), "*")).isFalse();
        PairLock lock = pm.globalStop("long").orElseThrow();
        assertThat(lock.pair()).isEqualTo("*");
        assertThat(lock.reason()).isEqualTo(
                "0.30000000000000004 passed 0.15 in 1000 minutes, locking for 60 minutes.");
        assertThat(locks.isGlobalLock(clock.instant(), "*")).isTrue();
        assertThat(logs.messages()).contains("Trading stopped due to Max Drawdown 0.30 > 0.15 within 1000 minutes.");
    }

    @Test
    void drawdownPeakStartsAtTheFirstTrade() {
        assertThat(MaxDrawdown.absoluteMaxDrawdown(new double[] {-0.1, -0.2})).isCloseTo(0.2, within(1e-15));
        assertThat(MaxDrawdown.absoluteMaxDrawdown(new double[] {0.1, 0.2})).isNaN();
        assertThat(MaxDrawdown.absoluteMaxDrawdown(new double[] {-0.3})).isNaN();
    }
}
