package dev.hertz.core.config;

import static dev.hertz.core.config.TestConfigs.noStdin;
import static dev.hertz.core.config.TestConfigs.stdin;
import static dev.hertz.core.config.TestConfigs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private ObjectNode load(String... paths) {
        return new ConfigLoader(dir).load(List.of(paths), Map.of(), noStdin());
    }

    @Test
    void acceptsCommentsAndTrailingCommas() {
        write(dir, "config.json", """
                {
                  // line comment
                  "stake_currency": "BTC", /* block
                  comment */
                  "exchange": {"pair_whitelist": ["ETH/BTC", "LTC/BTC",],},
                }
                """);

        ObjectNode config = load("config.json");

        assertThat(config.get("stake_currency").asText()).isEqualTo("BTC");
        assertThat(config.at("/exchange/pair_whitelist")).hasSize(2);
        assertThat(config.get("config_files").get(0).asText()).isEqualTo("config.json");
    }

    @Test
    void mergesFilesInOrderLaterWinsObjectsDeepMergedArraysReplaced() {
        write(dir, "a.json", """
                {"stake_amount": 1, "max_open_trades": 1, "timeframe": "1m",
                 "exchange": {"name": "binance", "key": "a", "pair_whitelist": ["A/B", "C/D"]}}
                """);
        write(dir, "b.json", """
                {"stake_amount": 2, "max_open_trades": 2,
                 "exchange": {"key": "b", "pair_whitelist": ["E/F"]}}
                """);
        write(dir, "c.json", """
                {"stake_amount": 3, "exchange": {"secret": "c"}}
                """);

        ObjectNode config = load("a.json", "b.json", "c.json");

        assertThat(config.get("stake_amount").asInt()).isEqualTo(3);
        assertThat(config.get("max_open_trades").asInt()).isEqualTo(2);
        assertThat(config.get("timeframe").asText()).isEqualTo("1m");
        assertThat(config.at("/exchange/name").asText()).isEqualTo("binance");
        assertThat(config.at("/exchange/key").asText()).isEqualTo("b");
        assertThat(config.at("/exchange/secret").asText()).isEqualTo("c");
        assertThat(config.at("/exchange/pair_whitelist").toString()).isEqualTo("[\"E/F\"]");
        assertThat(config.get("config_files").toString()).isEqualTo("[\"a.json\",\"b.json\",\"c.json\"]");
    }

    @Test
    void parentWinsOverItsAddConfigFilesAndLaterSiblingsWin() {
        write(dir, "main/config.json", """
                {"add_config_files": ["sub/one.json", "sub/two.json"],
                 "stake_amount": 100, "exchange": {"name": "binance"}}
                """);
        write(dir, "main/sub/one.json", """
                {"stake_amount": 1, "max_open_trades": 1, "timeframe": "1m", "exchange": {"key": "one"}}
                """);
        write(dir, "main/sub/two.json", """
                {"stake_amount": 2, "max_open_trades": 2, "exchange": {"secret": "two"}}
                """);

        ObjectNode config = load("main/config.json");

        assertThat(config.get("stake_amount").asInt()).as("parent wins").isEqualTo(100);
        assertThat(config.get("max_open_trades").asInt()).as("later sibling wins").isEqualTo(2);
        assertThat(config.get("timeframe").asText()).isEqualTo("1m");
        assertThat(config.at("/exchange/name").asText()).isEqualTo("binance");
        assertThat(config.at("/exchange/key").asText()).isEqualTo("one");
        assertThat(config.at("/exchange/secret").asText()).isEqualTo("two");
        assertThat(config.get("config_files")).extracting(node -> node.asText()).containsExactly(
                "main/config.json",
                dir.resolve("main/sub/one.json").toString(),
                dir.resolve("main/sub/two.json").toString());
    }

    @Test
    void addConfigFilesNestDeeplyUpToTheLimit() {
        // levels 0..5 are allowed: a chain of six files loads.
        for (int i = 0; i < 6; i++) {
            String include = i < 5 ? "\"add_config_files\": [\"f" + (i + 1) + ".json\"], " : "";
            write(dir, "f" + i + ".json", "{" + include + "\"key" + i + "\": " + i + "}");
        }

        ObjectNode config = load("f0.json");

        assertThat(config.get("key5").asInt()).isEqualTo(5);
        assertThat(config.get("config_files")).hasSize(6);
    }

    @Test
    void selfIncludingFileIsAConfigLoop() {
        write(dir, "loop.json", """
                {"add_config_files": ["loop.json"]}
                """);

        assertThatThrownBy(() -> load("loop.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Config loop detected.");
    }

    @Test
    void stdinConfigIsReturnedAloneIgnoringOtherFiles() {
        write(dir, "a.json", """
                {"stake_amount": 1, "timeframe": "1m"}
                """);
        ConfigLoader loader = new ConfigLoader(dir);

        ObjectNode config = loader.load(List.of("a.json", "-", "missing.json"), Map.of(),
                stdin("{\"stake_amount\": 7, // from a pipe\n}"));

        assertThat(config.get("stake_amount").asInt()).isEqualTo(7);
        assertThat(config.has("timeframe")).isFalse();
        assertThat(config.has("config_files")).isFalse();
    }

    @Test
    void environmentIsMergedOverFiles() {
        write(dir, "a.json", """
                {"stake_amount": 1, "exchange": {"name": "binance", "key": "file"}}
                """);

        ObjectNode config = new ConfigLoader(dir).load(List.of("a.json"),
                Map.of("FREQTRADE__EXCHANGE__KEY", "env", "FREQTRADE__STAKE_AMOUNT", "200"), noStdin());

        assertThat(config.at("/exchange/key").asText()).isEqualTo("env");
        assertThat(config.at("/exchange/name").asText()).isEqualTo("binance");
        assertThat(config.get("stake_amount").isInt()).isTrue();
        assertThat(config.get("stake_amount").asInt()).isEqualTo(200);
    }

    @Test
    void missingFileHasFreqtradesMessage() {
        assertThatThrownBy(() -> load("nope.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Config file \"nope.json\" not found! Please create a config file or check whether it exists.");
    }

    @Test
    void missingIncludedFileIsNamedWithItsResolvedPath() {
        write(dir, "a.json", """
                {"add_config_files": ["gone.json"]}
                """);

        assertThatThrownBy(() -> load("a.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Config file \"" + dir.resolve("gone.json") + "\" not found!");
    }

    @Test
    void syntaxErrorNamesFileLineColumnAndShowsTheSegment() {
        write(dir, "broken.json", """
                {
                  "stake_currency": "BTC",
                  "stake_amount": 0.05
                  "max_open_trades": 3
                }
                """);

        assertThatThrownBy(() -> load("broken.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Invalid JSON in config file \"broken.json\" at line 4, column 3:")
                .hasMessageContaining("Please verify the following segment of your configuration:")
                .hasMessageContaining("\"max_open_trades\": 3");
    }

    @Test
    void errorSegmentDropsTheFirstAndLastPartialLines() {
        String text = "x".repeat(100) + "\n" + "line two\n" + "ERROR HERE\n" + "line four\n" + "y".repeat(100);
        int offset = text.indexOf("ERROR");

        String segment = ConfigFileReader.segmentAround(text, offset);

        assertThat(segment).isEqualTo("line two\nERROR HERE\nline four");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        write(dir, "bom.json", "\uFEFF{\"bot_name\": \"bom\"}");

        assertThat(load("bom.json").get("bot_name").asText()).isEqualTo("bom");
    }

    @Test
    void topLevelMustBeAnObject() {
        write(dir, "list.json", "[1, 2]");

        assertThatThrownBy(() -> load("list.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("the top level must be a JSON object");
    }

    @Test
    void addConfigFilesMustBeAListOfNames() {
        write(dir, "a.json", """
                {"add_config_files": "other.json"}
                """);

        assertThatThrownBy(() -> load("a.json"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("add_config_files in config file \"a.json\": \"other.json\" is not a list of file names");
    }

    @Test
    void noFilesGivesTheMinimalConfig() {
        ObjectNode config = load();

        assertThat(config.toString()).isEqualTo("{\"stake_currency\":\"\",\"dry_run\":true,\"exchange\":"
                + "{\"name\":\"\",\"key\":\"\",\"secret\":\"\",\"pair_whitelist\":[],\"ccxt_async_config\":{}}}");
    }
}
