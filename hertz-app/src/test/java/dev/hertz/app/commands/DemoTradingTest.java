package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.BotAssembly;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.Configuration;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.UserDataDirectory;
import dev.hertz.core.rpc.RpcSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hertz demo} end to end minus the endless loop: the configuration {@link DemoCommand} writes,
 * loaded and assembled as the command does, trades on the simulated exchange. The wall clock is
 * the test's; each second of it is a minute of market time at the demo's 60× speed.
 */
class DemoTradingTest {
    private static final int CANDLES = 150;

    @TempDir
    Path dir;

    @Test
    void theDemoConfigurationOpensAndClosesTrades() throws SQLException {
        Path userdir = dir.resolve("user_data");
        UserDataDirectory.create(userdir);
        ObjectNode demo = DemoCommand.demoConfig(dir.relativize(userdir));
        // the demo picks a random market; this test wants the same one every run
        ((ObjectNode) demo.path("exchange").path("sim")).put("seed", 20240506);
        Path file = userdir.resolve(DemoCommand.CONFIG_FILE);
        ConfigFiles.writeAtomically(file, demo);
        ConfigArgs args = ConfigArgs.builder().config(file.toString()).userDir(userdir.toString()).build();
        LoadedConfig loaded = new Configuration(args, Map.of(), InputStream.nullInputStream(), dir).load();
        assertThat(BotAssembly.initialState(loaded.typed())).isEqualTo(BotState.RUNNING);

        AtomicReference<Instant> wall = new AtomicReference<>(Instant.parse("2024-05-06T12:00:00.500Z"));
        BotAssembly.Built built = new BotAssembly(dir, wall::get).build(loaded, RpcSender.NONE);
        assertThat(built.speed()).isEqualTo(DemoCommand.SPEED);
        TradingBot bot = built.bot();
        try {
            bot.startup();
            for (int i = 0; i < CANDLES; i++) {
                bot.process(true);
                wall.updateAndGet(t -> t.plusSeconds(1));
                assertThat(bot.context().trades().count(true)).isLessThanOrEqualTo(5);
            }
        } finally {
            bot.close();
        }

        Path db = userdir.resolve("tradesv3.demo.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT count(*) FROM trades WHERE is_open = 0 AND close_profit_abs IS NOT NULL"))
                    .as("closed trades").isGreaterThanOrEqualTo(3);
            assertThat(single(st, "SELECT count(DISTINCT pair) FROM trades")).as("pairs traded").isGreaterThanOrEqualTo(2);
            assertThat(single(st, "SELECT count(*) FROM trades WHERE strategy <> 'DemoStrategy' OR timeframe <> 1"))
                    .isZero();
            Set<String> tags = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT enter_tag FROM trades")) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
            assertThat(tags).isNotEmpty().isSubsetOf("ema_cross", "rsi_dip");
        }
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
