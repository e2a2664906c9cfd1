package dev.hertz.core.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.pairlist.MutableClock;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.PairLockRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** freqtrade's {@code test_PairLocks*} scenarios, against the SQLite-backed and the in-memory store. */
class PairLocksTest {

    private static final Timeframe FIVE_MINUTES = Timeframe.parse("5m");

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.at("2024-05-02T10:00:00Z");

    private void withLocks(boolean database, Consumer<PairLocks> test) {
        if (!database) {
            test.accept(new InMemoryPairLocks(FIVE_MINUTES, clock));
            return;
        }
        try (Database db = Database.open("sqlite:///locks.sqlite", dir)) {
            test.accept(new DatabasePairLocks(new PairLockRepository(db), FIVE_MINUTES, clock));
        }
    }

    private Instant now() {
        return clock.instant();
    }

    @ParameterizedTest(name = "database={0}")
    @ValueSource(booleans = {false, true})
    void sidesAndPairsLockAsFreqtradeDoes(boolean database) {
        withLocks(database, locks -> {
            Instant in4 = now().plus(Duration.ofMinutes(4));
            assertThat(locks.isPairLocked("ETH/BTC", now(), "*")).isFalse();
            locks.lockPair("ETH/BTC", in4, null, "*");
            assertThat(locks.isPairLocked("ETH/BTC", now(), "*")).isTrue();
            assertThat(locks.isPairLocked("ETH/BTC", now(), "long")).isTrue();
            assertThat(locks.isPairLocked("ETH/BTC", now(), "short")).isTrue();

            locks.lockPair("BNB/BTC", in4, null, "long");
            assertThat(locks.isPairLocked("BNB/BTC", now(), "*")).isFalse();
            assertThat(locks.isPairLocked("BNB/BTC", now(), "long")).isTrue();
            assertThat(locks.isPairLocked("BNB/BTC", now(), "short")).isFalse();

            locks.lockPair("BNB/USDT", in4, null, "short");
            assertThat(locks.isPairLocked("BNB/USDT", now(), "*")).isFalse();
            assertThat(locks.isPairLocked("BNB/USDT", now(), "long")).isFalse();
            assertThat(locks.isPairLocked("BNB/USDT", "short")).isTrue();

            assertThat(locks.isPairLocked("XRP/BTC", now(), "*")).isFalse();
            locks.unlockPair("XRP/BTC");
            locks.lockPair("XRP/BTC", in4, null, "*");
            assertThat(locks.isPairLocked("XRP/BTC", now(), "*")).isTrue();
            assertThat(locks.getPairLocks(null, now(), "*")).extracting(PairLock::pair)
                    .containsExactly("ETH/BTC", "XRP/BTC");

            locks.unlockPair("ETH/BTC");
            assertThat(locks.isPairLocked("ETH/BTC", now(), "*")).isFalse();
            assertThat(locks.isGlobalLock(now(), "*")).isFalse();
            assertThat(locks.allLocks()).hasSize(4);
            assertThat(locks.allLocks()).filteredOn(l -> l.pair().equals("ETH/BTC")).singleElement()
                    .extracting(PairLock::active).isEqualTo(false);
        });
    }

    @ParameterizedTest(name = "database={0}")
    @ValueSource(booleans = {false, true})
    void lockEndIsTheNextCandleAndGlobalLocksCoverEveryPair(boolean database) {
        withLocks(database, locks -> {
            Instant until = Instant.parse("2020-05-01T14:30:00Z");
            PairLock lock = locks.lockPair("BTC/USDT", until, null, now(), "*");
            // 14:30 is a 5m boundary itself, so the lock runs a whole candle further.
            assertThat(lock.lockEndTime()).isEqualTo(Instant.parse("2020-05-01T14:35:00Z"));
            assertThat(lock.lockTime()).isEqualTo(now());

            assertThat(locks.isPairLocked("BTC/USDT", now(), "*")).isFalse();
            assertThat(locks.isPairLocked("BTC/USDT", until.minus(Duration.ofMinutes(10)), "*")).isTrue();
            assertThat(locks.isGlobalLock(until.minus(Duration.ofMinutes(10)), "*")).isFalse();
            assertThat(locks.isPairLocked("BTC/USDT", until.minus(Duration.ofMinutes(50)), "*")).isTrue();
            assertThat(locks.isPairLocked("BTC/USDT", until.plus(Duration.ofMinutes(4)), "*")).isTrue();
            assertThat(locks.isPairLocked("BTC/USDT", until.plus(Duration.ofMinutes(10)), "*")).isFalse();
            // At the exact end the database says "free" (end > t), a backtest still "locked" (end >= t).
            assertThat(locks.isPairLocked("BTC/USDT", lock.lockEndTime(), "*")).isEqualTo(!database);

            assertThat(locks.getPairLocks("BTC/USDT", until.minus(Duration.ofMinutes(2)), "*")).hasSize(1);
            locks.unlockPair("BTC/USDT", until.minus(Duration.ofMinutes(2)), "*");
            assertThat(locks.isPairLocked("BTC/USDT", until.minus(Duration.ofMinutes(50)), "*")).isFalse();

            locks.lockPair("*", until, null, now(), "*");
            assertThat(locks.isGlobalLock(until.minus(Duration.ofMinutes(50)), "*")).isTrue();
            assertThat(locks.isPairLocked("BTC/USDT", until.minus(Duration.ofMinutes(50)), "*")).isTrue();
            assertThat(locks.isPairLocked("XRP/USDT", until.minus(Duration.ofMinutes(50)), "long")).isTrue();
        });
    }

    @ParameterizedTest(name = "database={0}")
    @ValueSource(booleans = {false, true})
    void longestLockAndUnlockByReason(boolean database) {
        withLocks(database, locks -> {
            locks.lockPair("ETH/BTC", now().plus(Duration.ofMinutes(4)), "short one", "*");
            locks.lockPair("ETH/BTC", now().plus(Duration.ofMinutes(15)), "long one", "*");
            assertThat(locks.getPairLongestLock("ETH/BTC", now(), "*")).get().extracting(PairLock::reason)
                    .isEqualTo("long one");

            locks.lockPair("XRP/USDT", now().plus(Duration.ofMinutes(4)), "TestLock1", "long");
            locks.lockPair("LTC/USDT", now().plus(Duration.ofMinutes(4)), "TestLock1", "*");
            locks.lockPair("BNB/USDT", now().plus(Duration.ofMinutes(4)), "TestLock2", "*");
            locks.unlockReason("TestLock1", now());
            assertThat(locks.isPairLocked("XRP/USDT", now(), "long")).isFalse();
            assertThat(locks.isPairLocked("LTC/USDT", now(), "*")).isFalse();
            assertThat(locks.isPairLocked("BNB/USDT", now(), "*")).isTrue();
        });
    }

    @Test
    void roundingFollowsTheTimeframe() {
        InMemoryPairLocks hourly = new InMemoryPairLocks(Timeframe.parse("1h"), clock);
        assertThat(hourly.lockPair("A/B", Instant.parse("2024-05-02T10:00:00Z"), null, "*").lockEndTime())
                .isEqualTo(Instant.parse("2024-05-02T11:00:00Z"));
        InMemoryPairLocks fives = new InMemoryPairLocks(FIVE_MINUTES, clock);
        assertThat(fives.lockPair("A/B", Instant.parse("2024-05-02T10:07:30Z"), null, "*").lockEndTime())
                .isEqualTo(Instant.parse("2024-05-02T10:10:00Z"));
        assertThatThrownBy(() -> fives.lockPair("A/B", now(), null, "up")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'up'");
        assertThatThrownBy(() -> fives.isPairLocked("A/B", now(), "both")).isInstanceOf(IllegalArgumentException.class);
        fives.reset();
        assertThat(fives.allLocks()).isEmpty();
    }

    @Test
    void databaseLocksOutliveTheProcess() {
        try (Database db = Database.open("sqlite:///kept.sqlite", dir)) {
            new DatabasePairLocks(new PairLockRepository(db), FIVE_MINUTES, clock)
                    .lockPair("ETH/BTC", now().plus(Duration.ofMinutes(30)), "kept", "long");
        }
        try (Database db = Database.open("sqlite:///kept.sqlite", dir)) {
            PairLocks reopened = new DatabasePairLocks(new PairLockRepository(db), FIVE_MINUTES, clock);
            assertThat(reopened.isPairLocked("ETH/BTC", now(), "long")).isTrue();
            assertThat(reopened.getPairLocks("ETH/BTC", now(), "long")).singleElement()
                    .satisfies(l -> {
                        assertThat(l.reason()).isEqualTo("kept");
                        assertThat(l.lockEndTime()).isEqualTo(Instant.parse("2024-05-02T10:35:00Z"));
                        assertThat(l.id()).isNotNull();
                    });
        }
    }
}
