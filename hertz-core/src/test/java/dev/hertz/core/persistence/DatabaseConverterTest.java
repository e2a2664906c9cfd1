package dev.hertz.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert-db}: SQLite to SQLite, and SQLite to PostgreSQL when {@code HERTZ_TEST_PG_URL} is set. */
class DatabaseConverterTest {

    @TempDir
    Path dir;

    private Database freqtradeSource() throws Exception {
        FreqtradeFixture.createOlderDatabaseWithTrades(dir.resolve("source.sqlite"));
        return Database.open("sqlite:///source.sqlite", dir);
    }

    @Test
    void copiesEverythingKeepingIds() throws Exception {
        try (Database source = freqtradeSource(); Database target = Database.open("sqlite:///target.sqlite", dir)) {
            DatabaseConverter.Result result = DatabaseConverter.convert(source, target);
            assertThat(result).isEqualTo(new DatabaseConverter.Result(3, 5, 2, 1, 2));
            assertThat(result.logLine()).isEqualTo("Migrated 3 Trades, and 2 Pairlocks.");
            assertSameContent(source, target);
            // new rows continue after the copied ids
            Trade next = new TradeRepository(target).save(TestTrades.spot("NEW/BTC", Instant.parse("2024-06-01T00:00:00Z")));
            assertThat(next.id()).isEqualTo(4L);
        }
    }

    @Test
    void refusesATargetThatHoldsData() throws Exception {
        try (Database source = freqtradeSource(); Database target = Database.open("sqlite:///target.sqlite", dir)) {
            new PairLockRepository(target).add(PairLock.of("ETH/BTC", "*", "x", Instant.EPOCH, Instant.EPOCH.plusSeconds(60)));
            assertThatThrownBy(() -> DatabaseConverter.convert(source, target))
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("sqlite:///target.sqlite is not empty (pairlocks: 1 rows)");
            assertThat(new TradeRepository(target).count(null)).isZero();
        }
    }

    @Test
    void copiesIntoPostgresqlAndMovesItsSequences() throws Exception {
        try (PgTestDatabase pg = PgTestDatabase.create(); Database source = freqtradeSource();
             Database target = Database.open(pg.url(), dir)) {
            DatabaseConverter.Result result = DatabaseConverter.convert(source, target);
            assertThat(result.logLine()).isEqualTo("Migrated 3 Trades, and 2 Pairlocks.");
            assertSameContent(source, target);
            Trade next = new TradeRepository(target).save(TestTrades.everyField());
            assertThat(next.id()).isEqualTo(4L);
            assertThat(next.orders()).extracting(Order::id).containsExactly(6L, 7L);
            assertThat(new PairLockRepository(target).add(PairLock.of("A/B", "*", null, Instant.EPOCH, Instant.EPOCH)).id())
                    .isEqualTo(3L);
            new KeyValueStore(target).setString("new_key", "v");
            assertThat(new CustomDataRepository(target).set(2, "another", 1.5, Instant.EPOCH).id()).isEqualTo(3L);
        }
    }

    private static void assertSameContent(Database source, Database target) {
        List<Trade> expected = new TradeRepository(source).allTrades();
        List<Trade> actual = new TradeRepository(target).allTrades();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            TestTrades.assertSameTrade(actual.get(i), expected.get(i));
        }
        assertThat(new PairLockRepository(target).all()).isEqualTo(new PairLockRepository(source).all());
        assertThat(new KeyValueStore(target).all()).isEqualTo(new KeyValueStore(source).all());
        assertThat(new CustomDataRepository(target).all(2)).isEqualTo(new CustomDataRepository(source).all(2));
    }
}
