package dev.hertz.client;

import dev.hertz.client.cli.RestConfig;
import dev.hertz.client.cli.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The command line finds the server and credentials in a config's {@code api_server} section. */
class RestConfigTest {
    @TempDir
    Path dir;

    @Test
    void readsTheApiServerSectionOfACommentedConfig() throws IOException {
        Path file = dir.resolve("rest_config.json");
        Files.writeString(file, """
                {
                  // written by hand, as freqtrade allows
                  "api_server": {
                    "listen_ip_address": "10.0.0.5",
                    "listen_port": 8081,
                    "username": "freqtrader",
                    "password": "SuperSecurePassword",
                  },
                }
                """);
        assertThat(RestConfig.read(file)).isEqualTo(new RestConfig("http://10.0.0.5:8081", "freqtrader",
                "SuperSecurePassword"));
    }

    @Test
    void missingKeysFallBackToTheLocalDefault() throws IOException {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"api_server\": {\"username\": \"u\"}}");
        assertThat(RestConfig.read(file)).isEqualTo(new RestConfig("http://127.0.0.1:8080", "u", null));
        Files.writeString(file, "{\"stake_currency\": \"USDT\"}");
        assertThat(RestConfig.read(file)).isEqualTo(RestConfig.defaults());
    }

    @Test
    void unreadableFilesAreNamed() throws IOException {
        Path missing = dir.resolve("nope.json");
        assertThat(catchThrowableOfType(UsageException.class, () -> RestConfig.read(missing)))
                .hasMessage("Could not load config file " + missing + ".");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"api_server\": ");
        assertThat(catchThrowableOfType(UsageException.class, () -> RestConfig.read(broken)))
                .hasMessageStartingWith("Could not load config file " + broken + ": ");
    }
}
