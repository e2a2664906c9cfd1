package dev.hertz.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.hertz.app.SqliteRows.dbl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code hertz trade} as a separate process on the simulated exchange at 600× speed: killed with
 * SIGKILL in the middle of trading, restarted on the same database, then stopped with SIGTERM. The
 * database must come through both with nothing lost, duplicated or inconsistent.
 *
 * <p>Progress is judged from the database and the log, polled against generous deadlines that only
 * fail the test with a message; nothing here asserts how long anything took.
 */
class TradeCrashRestartTest {
    private static final Duration PHASE_DEADLINE = Duration.ofMinutes(4);
    private static final Duration EXIT_DEADLINE = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Pattern STARTED = Pattern.compile("Bot started: (\\d+) open trades");

    @TempDir
    Path dir;

    /** Counts that show how far a run got. */
    private record Progress(long orders, long openTrades, long closedTrades) {
        static Optional<Progress> of(Path db) {
            if (!Files.exists(db)) {
                return Optional.empty();
            }
            try {
                Map<String, Object> row = SqliteRows.query(db, """
                        SELECT (SELECT count(*) FROM orders) AS orders,
                               (SELECT count(*) FROM trades WHERE is_open = 1) AS open_trades,
                               (SELECT count(*) FROM trades WHERE is_open = 0) AS closed_trades""").getFirst();
                return Optional.of(new Progress(SqliteRows.lng(row, "orders"), SqliteRows.lng(row, "open_trades"),
                        SqliteRows.lng(row, "closed_trades")));
            } catch (IllegalStateException e) {
                // the schema is still being created
                return Optional.empty();
            }
        }
    }

    @Test
    void aKilledBotRestartsWithTheTradesItHadAndStopsCleanlyOnSigterm() throws Exception {
        Path db = dir.resolve("tradesv3.dryrun.sqlite");
        Path config = writeConfig(db);

        Path firstLog = dir.resolve("first.log");
        Process first = start(config, firstLog);
        try {
            await("the first run to place 20 orders and close 3 trades with a trade open", first, firstLog,
                    () -> Progress.of(db).filter(p -> p.orders() >= 20 && p.closedTrades() >= 3 && p.openTrades() >= 1));
        } finally {
            first.destroyForcibly();
        }
        assertThat(first.waitFor(EXIT_DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("killed process gone").isTrue();
        assertThat(read(firstLog)).contains("Bot started: 0 open trades");

        assertThat(wal(db)).as("write-ahead log the crash left for the restart to recover").exists();
        // read the state the crash left from a copy, so this test's reader cannot tidy up the WAL for the bot
        Path killed = copyDatabase(db, dir.resolve("killed"));
        List<Map<String, Object>> openAtKill = SqliteRows.query(killed, "SELECT * FROM trades WHERE is_open = 1");
        List<Map<String, Object>> ordersAtKill = SqliteRows.query(killed, "SELECT * FROM orders");
        Progress atKill = Progress.of(killed).orElseThrow();

        Path secondLog = dir.resolve("second.log");
        Process second = start(config, secondLog);
        try {
            int reported = await("the restarted bot to report its open trades", second, secondLog, () -> {
                Matcher m = STARTED.matcher(read(secondLog));
                return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
            });
            assertThat(reported).as("open trades reported at restart").isEqualTo(openAtKill.size());
            await("the restarted bot to place 10 more orders and close 2 more trades", second, secondLog,
                    () -> Progress.of(db).filter(p -> p.orders() >= atKill.orders() + 10
                            && p.closedTrades() >= atKill.closedTrades() + 2));
        } finally {
            second.destroy();
        }
        boolean exited = second.waitFor(EXIT_DEADLINE.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            second.destroyForcibly();
            fail("The bot did not exit within " + EXIT_DEADLINE + " of SIGTERM; log tail:\n" + tail(secondLog));
        }
        assertThat(second.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(read(secondLog)).contains("SIGINT received, aborting ...",
                "Sending rpc message: Status[status=process died]");
        // a clean close checkpoints the WAL into the database file and removes it
        assertThat(wal(db)).doesNotExist();
        Progress after = Progress.of(db).orElseThrow();
        assertThat(after.orders()).as("orders readable after the clean stop").isGreaterThanOrEqualTo(atKill.orders() + 10);
        assertThat(after.closedTrades()).isGreaterThanOrEqualTo(atKill.closedTrades() + 2);

        assertConsistent(db, openAtKill, ordersAtKill);
    }

    private static void assertConsistent(Path db, List<Map<String, Object>> openAtKill,
                                         List<Map<String, Object>> ordersAtKill) {
        assertThat(SqliteRows.query(db, "SELECT order_id, count(*) AS n FROM orders GROUP BY order_id HAVING n > 1"))
                .as("order ids used twice").isEmpty();
        assertThat(SqliteRows.query(db,
                "SELECT pair, count(*) AS n FROM trades WHERE is_open = 1 GROUP BY pair HAVING n > 1"))
                .as("pairs with two open trades").isEmpty();
        assertThat(SqliteRows.query(db, """
                SELECT id, pair FROM trades t WHERE is_open = 1
                AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.ft_trade_id = t.id)"""))
                .as("open trades without orders").isEmpty();

        // a trade that held coins at the crash is still there with every order it had
        for (Map<String, Object> trade : openAtKill) {
            if (dbl(trade, "amount") == 0) {
                continue; // only an unfilled entry: the restarted bot may rightly cancel it and drop the trade
            }
            List<Object> before = ordersAtKill.stream().filter(o -> trade.get("id").equals(o.get("ft_trade_id")))
                    .map(o -> o.get("order_id")).toList();
            List<Object> after = SqliteRows.query(db, "SELECT order_id FROM orders WHERE ft_trade_id = ?",
                    trade.get("id")).stream().map(o -> o.get("order_id")).toList();
            assertThat(after).as("orders of trade %s", trade.get("id")).containsAll(before);
        }

        List<Map<String, Object>> closed = SqliteRows.query(db, "SELECT * FROM trades WHERE is_open = 0");
        assertThat(closed).isNotEmpty();
        for (Map<String, Object> t : closed) {
            double amount = dbl(t, "amount");
            double openValue = amount * dbl(t, "open_rate") * (1 + dbl(t, "fee_open"));
            double closeValue = amount * dbl(t, "close_rate") * (1 - dbl(t, "fee_close"));
            double profit = closeValue - openValue;
            // stored rounded to 8 decimals, hence the absolute floor
            assertThat(dbl(t, "close_profit_abs")).as("close_profit_abs of trade %s", t.get("id"))
                    .isCloseTo(profit, within(Math.max(1e-6 * Math.abs(profit), 1e-8)));
            double ratio = profit / openValue;
            assertThat(dbl(t, "close_profit")).as("close_profit of trade %s", t.get("id"))
                    .isCloseTo(ratio, within(Math.max(1e-6 * Math.abs(ratio), 1e-8)));
        }
    }

    private Path writeConfig(Path db) throws IOException {
        Files.createDirectories(dir.resolve("user_data"));
        String json = """
                {
                  "strategy": "DemoStrategy",
                  "max_open_trades": 3,
                  "stake_currency": "USDT",
                  "stake_amount": 50,
                  "dry_run": true,
                  "dry_run_wallet": 1000,
                  "initial_state": "running",
                  "db_url": "sqlite:///%s",
                  "unfilledtimeout": {"entry": 3, "exit": 3, "unit": "minutes"},
                  "entry_pricing": {"price_side": "same", "use_order_book": true, "order_book_top": 1},
                  "exit_pricing": {"price_side": "same", "use_order_book": true, "order_book_top": 1},
                  "exchange": {
                    "name": "sim",
                    "pair_whitelist": ["BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT"],
                    "sim": {"seed": 7, "speed": 600}
                  },
                  "pairlists": [{"method": "StaticPairList"}],
                  "internals": {"process_throttle_secs": 1, "heartbeat_interval": 60}
                }
                """.formatted(db.toAbsolutePath());
        return Files.writeString(dir.resolve("config.json"), json);
    }

    /** {@code hertz trade} in a child JVM on this test's classpath, output (the log) to {@code log}. */
    private Process start(Path config, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "trade", "-c", config.toString(), "--userdir", dir.resolve("user_data").toString()));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    /** Polls {@code probe} until it has a value; fails with the log's tail when the process dies or time runs out. */
    private static <T> T await(String what, Process process, Path log, Supplier<Optional<T>> probe)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PHASE_DEADLINE);
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (!process.isAlive()) {
                fail("Waiting for " + what + ", the bot exited with code " + process.exitValue() + "; log tail:\n"
                        + tail(log));
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Gave up after " + PHASE_DEADLINE + " waiting for " + what + "; log tail:\n" + tail(log));
            }
            Thread.sleep(POLL);
        }
    }

    /** Copies the database file and its WAL (if any) into {@code target}; returns the copied database. */
    private static Path copyDatabase(Path db, Path target) throws IOException {
        Files.createDirectories(target);
        for (Path file : List.of(db, wal(db))) {
            if (Files.exists(file)) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target.resolve(db.getFileName());
    }

    private static Path wal(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    private static String read(Path log) {
        try {
            // bytes, not readString: the bot may be half-way through writing a character
            return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        List<String> lines = read(log).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
