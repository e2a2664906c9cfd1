package dev.hertz.app;

import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.PairLockRepository;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConvertDbCommandTest {
    private static Trade trade(String pair) {
        Trade t = new Trade();
        t.setExchange("binance");
        t.setPair(pair);
        t.setOpenRate(2.0);
        t.setAmount(30.0);
        t.setStakeAmount(60.0);
        t.setFeeOpen(0.0025);
        t.setFeeClose(0.0025);
        t.setOpenDate(Instant.parse("2024-03-01T10:00:00Z"));
        t.recalcOpenTradeValue();
        return t;
    }

    private static void seed(Path dir, String file) {
        try (Database db = Database.open("sqlite:///" + file, dir)) {
            TradeRepository trades = new TradeRepository(db);
            trades.save(trade("ETH/BTC"));
            trades.save(trade("XRP/BTC"));
            new PairLockRepository(db).add(PairLock.of("ETH/BTC", "*", "cooldown",
                    Instant.parse("2024-03-01T10:00:00Z"), Instant.parse("2024-03-02T10:00:00Z")));
        }
    }

    @Test
    void copiesTradesAndLocksIntoAnEmptyDatabase(@TempDir Path dir) {
        seed(dir, "from.sqlite");
        CliRunner.Result r = new CliRunner(dir).run("convert-db", "--db-url-from", "sqlite:///from.sqlite",
                "--db-url", "sqlite:///to.sqlite");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Migrated 2 Trades, and 1 Pairlocks.");
        try (Database db = Database.open("sqlite:///to.sqlite", dir)) {
            List<Trade> copied = new TradeRepository(db).allTrades();
            assertThat(copied).extracting(Trade::pair).containsExactly("ETH/BTC", "XRP/BTC");
            assertThat(copied.get(0).openTradeValue()).isEqualTo(60.15);
            assertThat(new PairLockRepository(db).all()).hasSize(1);
        }
    }

    @Test
    void refusesANonEmptyTargetAndLeavesItAlone(@TempDir Path dir) {
        seed(dir, "from.sqlite");
        seed(dir, "to.sqlite");
        CliRunner.Result r = new CliRunner(dir).run("convert-db", "--db-url-from", "sqlite:///from.sqlite",
                "--db-url", "sqlite:///to.sqlite");
        assertThat(r.exitCode()).isEqualTo(2);
        try (Database db = Database.open("sqlite:///to.sqlite", dir)) {
            assertThat(new TradeRepository(db).allTrades()).hasSize(2);
        }
    }

    @Test
    void missingSourceAndUnknownSchemeAreClearErrors(@TempDir Path dir) {
        CliRunner.Result missing = new CliRunner(dir).run("convert-db", "--db-url-from", "sqlite:///nope.sqlite",
                "--db-url", "sqlite:///to.sqlite");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.log()).contains("nope.sqlite does not exist");
        assertThat(dir.resolve("nope.sqlite")).doesNotExist();
        assertThat(dir.resolve("to.sqlite")).doesNotExist();

        CliRunner.Result scheme = new CliRunner(dir).run("convert-db", "--db-url-from", "mysql://u:pw@h/db",
                "--db-url", "sqlite:///to.sqlite");
        assertThat(scheme.exitCode()).isEqualTo(2);
        assertThat(scheme.log()).contains("mysql://u:*****@h/db").doesNotContain(":pw@");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUntouched(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.sqlite"), "just some text");
        CliRunner.Result r = new CliRunner(dir).run("convert-db", "--db-url-from", "sqlite:///notes.sqlite",
                "--db-url", "sqlite:///to.sqlite");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("not a SQLite database");
        assertThat(Files.readString(dir.resolve("notes.sqlite"))).isEqualTo("just some text");
    }
}
