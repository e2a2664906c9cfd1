package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NewConfigCommandTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void interactiveAnswersLandInTheFile(@TempDir Path dir) throws Exception {
        // dry-run? n, stake currency, stake amount (one invalid first), max trades, timeframe override, 1h,
        // fiat none, exchange 2 = binance, futures? n, key, secret, telegram? n, api? y, listen, user, password
        String answers = String.join("\n", "n", "btc", "lots", "0.01", "5", "2", "1h", "none", "2", "n",
                "mykey", "mysecret", "n", "y", "", "alice", "s3cret-pass", "");
        CliRunner.Result r = new CliRunner(dir).runWithInput(answers, "new-config", "-c", "my.json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Enter a positive number or 'unlimited'.");
        JsonNode cfg = mapper.readTree(dir.resolve("my.json").toFile());
        assertThat(cfg.get("dry_run").asBoolean()).isFalse();
        assertThat(cfg.get("stake_currency").asText()).isEqualTo("BTC");
        assertThat(cfg.get("stake_amount").asDouble()).isEqualTo(0.01);
        assertThat(cfg.get("max_open_trades").asInt()).isEqualTo(5);
        assertThat(cfg.get("timeframe").asText()).isEqualTo("1h");
        assertThat(cfg.has("fiat_display_currency")).isFalse();
        assertThat(cfg.at("/exchange/name").asText()).isEqualTo("binance");
        assertThat(cfg.at("/exchange/key").asText()).isEqualTo("mykey");
        assertThat(cfg.at("/exchange/secret").asText()).isEqualTo("mysecret");
        assertThat(cfg.get("trading_mode").asText()).isEqualTo("spot");
        assertThat(cfg.at("/api_server/enabled").asBoolean()).isTrue();
        assertThat(cfg.at("/api_server/username").asText()).isEqualTo("alice");
        assertThat(cfg.at("/api_server/password").asText()).isEqualTo("s3cret-pass");
        assertThat(cfg.at("/api_server/jwt_secret_key").asText()).hasSize(64);
    }

    @Test
    void nonInteractiveUsesFlagsAndNeverAShareddefaultPassword(@TempDir Path dir) throws Exception {
        CliRunner.Result a = new CliRunner(dir).run("new-config", "-c", "a.json", "--non-interactive", "--api-server",
                "--stake-amount", "50");
        CliRunner.Result b = new CliRunner(dir).run("new-config", "-c", "b.json", "--non-interactive", "--api-server");
        assertThat(a.exitCode()).isZero();
        assertThat(b.exitCode()).isZero();
        JsonNode ca = mapper.readTree(dir.resolve("a.json").toFile());
        JsonNode cb = mapper.readTree(dir.resolve("b.json").toFile());
        assertThat(ca.get("stake_amount").asDouble()).isEqualTo(50.0);
        assertThat(ca.at("/exchange/name").asText()).isEqualTo("sim");
        assertThat(ca.at("/exchange/pair_whitelist")).isNotEmpty();
        assertThat(ca.at("/api_server/password").asText()).isNotEqualTo(cb.at("/api_server/password").asText());
        assertThat(a.out()).contains("API server login: freqtrader / " + ca.at("/api_server/password").asText());
    }

    @Test
    void existingFileIsKeptUnlessConfirmed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"keep\": true}");
        CliRunner.Result r = new CliRunner(dir).runWithInput("n\n", "new-config");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("already exists. Please delete it or use a different configuration file name.");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo("{\"keep\": true}");
    }

    @Test
    void badFlagValueWritesNothing(@TempDir Path dir) {
        CliRunner.Result r = new CliRunner(dir).run("new-config", "--non-interactive", "--stake-amount", "lots");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("--stake-amount: \"lots\" is not a positive number or \"unlimited\"");
        assertThat(dir.resolve("config.json")).doesNotExist();
    }

    @Test
    void endOfInputIsAnInterruption(@TempDir Path dir) {
        CliRunner.Result r = new CliRunner(dir).runWithInput("y\n", "new-config");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("User interrupted interactive questions.");
        assertThat(dir.resolve("config.json")).doesNotExist();
    }
}
