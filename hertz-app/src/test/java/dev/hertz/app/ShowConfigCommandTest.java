package dev.hertz.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ShowConfigCommandTest {
    private final ObjectMapper mapper = new ObjectMapper();

    static Path sharedDir() {
        String prop = System.getProperty("hertz.shared.dir");
        Path dir = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        return dir.toAbsolutePath().normalize();
    }

    private static JsonNode printedJson(String out, ObjectMapper mapper) throws Exception {
        assertThat(out).startsWith("Your combined configuration is:");
        return mapper.readTree(out.substring(out.indexOf('{')));
    }

    @Test
    void freqtradesFullExampleLoadsAndEverySecretIsMasked(@TempDir Path dir) throws Exception {
        Path example = sharedDir().resolve("testdata/config_full.example.json");
        assumeTrue(Files.exists(example), "../shared/testdata absent: skipping the config_full.example.json check");
        CliRunner.Result r = new CliRunner(dir).run("show-config", "-c", example.toString());
        assertThat(r.exitCode()).isZero();
        JsonNode cfg = printedJson(r.out(), mapper);
        assertThat(cfg.at("/exchange/key").asText()).isEqualTo("REDACTED");
        assertThat(cfg.at("/exchange/secret").asText()).isEqualTo("REDACTED");
        assertThat(cfg.at("/telegram/token").asText()).isEqualTo("REDACTED");
        assertThat(cfg.at("/api_server/password").asText()).isEqualTo("REDACTED");
        assertThat(r.out()).doesNotContain("your_exchange_secret", "SuperSecurePassword", "secret_ws_t0ken.",
                "your_telegram_token", "somethingrandom");
        assertThat(cfg.get("stake_currency").asText()).isEqualTo("BTC");
        // show-config touches nothing on disk
        assertThat(dir.resolve("user_data")).doesNotExist();
    }

    @Test
    void envOverridesShowAndSensitiveFlagRevealsSecrets(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), """
                {
                  // a comment, as freqtrade allows
                  "stake_currency": "USDT", "stake_amount": 10, "dry_run": true,
                  "exchange": {"name": "sim", "key": "k-123456", "secret": "s-123456", "pair_whitelist": ["BTC/USDT"],},
                }
                """);
        CliRunner.Result r = new CliRunner(dir).env(Map.of("FREQTRADE__STAKE_AMOUNT", "25"))
                .run("show-config", "--show-sensitive");
        assertThat(r.exitCode()).isZero();
        JsonNode cfg = printedJson(r.out(), mapper);
        assertThat(cfg.get("stake_amount").asInt()).isEqualTo(25);
        assertThat(cfg.at("/exchange/secret").asText()).isEqualTo("s-123456");
        assertThat(r.log()).contains("Sensitive information will be shown");
    }

    @Test
    void badConfigExitsOneNamingTheProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"stake_amount\": \"lots\", \"exchange\": {\"name\": \"sim\"}}");
        CliRunner.Result r = new CliRunner(dir).run("show-config", "-c", "bad.json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.log()).contains("Configuration error:").contains("stake_amount: \"lots\" is not a number or \"unlimited\"");
        assertThat(r.out()).doesNotContain("Your combined configuration");
    }

    @Test
    void missingConfigFileIsNamed(@TempDir Path dir) {
        CliRunner.Result r = new CliRunner(dir).run("show-config", "-c", "nope.json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.log()).contains("nope.json\" not found!");
    }

    @Test
    void createUserdirMakesTheStandardFolders(@TempDir Path dir) {
        CliRunner.Result r = new CliRunner(dir).run("create-userdir", "--userdir", "ud");
        assertThat(r.exitCode()).isZero();
        for (String sub : new String[] {"backtest_results", "data", "hyperopts", "hyperopt_results", "logs",
                "notebooks", "plot", "strategies", "freqaimodels"}) {
            assertThat(dir.resolve("ud").resolve(sub)).isDirectory();
        }
        assertThat(new CliRunner(dir).run("create-userdir").exitCode()).isEqualTo(1);
    }

    @Test
    void createUserdirRefusesAFileWhereAFolderBelongs(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("ud"));
        Files.writeString(dir.resolve("ud/strategies"), "not a folder");
        CliRunner.Result r = new CliRunner(dir).run("create-userdir", "--userdir", "ud");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.log()).contains("strategies` exists already and is not a directory");
    }
}
