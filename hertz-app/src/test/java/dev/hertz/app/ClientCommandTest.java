package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.app.api.ApiBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hertz client}: freqtrade-client's command line against a running bot, in-process. */
class ClientCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    private static ApiBot bot;
    private static CliRunner cli;

    @BeforeAll
    static void start() throws IOException {
        bot = new ApiBot(dir.resolve("bot"), "{}");
        Files.writeString(dir.resolve("rest_config.json"), """
                {
                  // only what the client needs
                  "api_server": {"listen_ip_address": "127.0.0.1", "listen_port": %d,
                                 "username": "%s", "password": "%s"},
                }
                """.formatted(bot.port(), ApiBot.USER, ApiBot.PASSWORD));
        Files.writeString(dir.resolve("wrong_password.json"), """
                {"api_server": {"listen_ip_address": "127.0.0.1", "listen_port": %d, "username": "%s", "password": "x"}}
                """.formatted(bot.port(), ApiBot.USER));
        cli = new CliRunner(dir);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static JsonNode json(CliRunner.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.log()).isZero();
        return JSON.readTree(result.out());
    }

    @Test
    void forceEnterThenStatusShowTheTrade() throws IOException {
        JsonNode entered = json(cli.run("client", "--config", "rest_config.json", "forceenter", "BTC/USDT", "long",
                "enter_tag=cli"));
        assertThat(entered.get("pair").asText()).isEqualTo("BTC/USDT");
        assertThat(entered.get("enter_tag").asText()).isEqualTo("cli");
        long id = entered.get("trade_id").asLong();
        CliRunner.Result status = cli.run("client", "--config", "rest_config.json", "status");
        assertThat(status.out()).startsWith("[ {\n  \"trade_id\" : " + id + ",");
        JsonNode trades = json(status);
        assertThat(trades).anySatisfy(t -> assertThat(t.get("current_rate").asDouble()).isPositive());
        JsonNode exited = json(cli.run("client", "-c", "rest_config.json", "forceexit", String.valueOf(id), "market"));
        assertThat(exited.get("result").asText()).isEqualTo("Created exit order for trade " + id + ".");
        assertThat(json(cli.run("client", "-c", "rest_config.json", "trades", "limit=1")).get("trades_count").asInt())
                .isEqualTo(1);
    }

    @Test
    void serverErrorsExitWithOneAndTheServersMessage() {
        CliRunner.Result missing = cli.run("client", "--config", "rest_config.json", "trade", "4242");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.log()).contains("Error executing command trade: HTTP 404 from GET /api/v1/trade/4242: "
                + "Trade not found.");
        CliRunner.Result refused = cli.run("client", "--config", "wrong_password.json", "status");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.log()).contains("HTTP 401 from GET /api/v1/status: Unauthorized");
        CliRunner.Result botError = cli.run("client", "--config", "rest_config.json", "forceexit", "4242");
        assertThat(botError.exitCode()).isEqualTo(1);
        assertThat(botError.log()).contains("Error querying /api/v1/forceexit: invalid argument");
    }

    @Test
    void usageErrorsExitWithOneAndSayWhatWasWrong() {
        CliRunner.Result badValue = cli.run("client", "--config", "rest_config.json", "trades", "limit=many");
        assertThat(badValue.exitCode()).isEqualTo(1);
        assertThat(badValue.log()).contains("Error executing command trades: trades: limit must be a whole number, got 'many'");
        CliRunner.Result unknown = cli.run("client", "--config", "rest_config.json", "fly");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.log()).contains("Command fly not defined");
        CliRunner.Result noConfig = cli.run("client", "--config", "absent.json", "status");
        assertThat(noConfig.exitCode()).isEqualTo(1);
        assertThat(noConfig.log()).contains("Could not load config file " + dir.resolve("absent.json") + ".");
    }

    @Test
    void helpListsEveryCommandWithoutAServer() {
        CliRunner.Result help = cli.run("client", "help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Possible commands:").contains("forceenter <pair> [side] [price]",
                "status\n    The open trades (GET /status).", "lock_add <pair> <until> [side] [reason]");
        assertThat(cli.run("client", "--show").out()).isEqualTo(help.out());
        assertThat(cli.run("client", "help", "trade").out()).startsWith("trade <trade_id>\n");
        assertThat(cli.run("client").out()).isEqualTo(help.out());
    }

    @Test
    void pingAndShowConfigWork() throws IOException {
        assertThat(json(cli.run("client", "-c", "rest_config.json", "ping")).get("status").asText()).isEqualTo("pong");
        JsonNode config = json(cli.run("client", "-c", "rest_config.json", "show_config"));
        assertThat(config.get("bot_name").asText()).isEqualTo("apitest");
        assertThat(config.get("minimal_roi").isObject()).isTrue();
    }
}
