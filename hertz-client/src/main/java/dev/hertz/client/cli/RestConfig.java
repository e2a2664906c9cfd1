package dev.hertz.client.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the command line connects, from the {@code api_server} section of a bot config (or a
 * {@code rest_config.json} holding only that section), as freqtrade-client reads it:
 * {@code http://<listen_ip_address or 127.0.0.1>:<listen_port or 8080>} with
 * {@code username}/{@code password}.
 *
 * @param username null when the section has none
 * @param password null when the section has none
 */
public record RestConfig(String url, String username, String password) {
    /** Config files may carry comments and trailing commas, as freqtrade allows. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** {@code http://127.0.0.1:8080} without credentials. */
    public static RestConfig defaults() {
        return new RestConfig("http://127.0.0.1:8080", null, null);
    }

    /**
     * Reads {@code file}'s {@code api_server} section.
     *
     * @throws UsageException when the file is missing or not JSON
     */
    public static RestConfig read(Path file) {
        JsonNode root;
        try {
            root = LENIENT.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new UsageException("Could not load config file " + file + ".");
        } catch (IOException e) {
            throw new UsageException("Could not load config file " + file + ": " + e.getMessage());
        }
        JsonNode api = root == null ? null : root.path("api_server");
        if (api == null || !api.isObject()) {
            return defaults();
        }
        String host = text(api, "listen_ip_address");
        return new RestConfig("http://" + (host == null || host.isEmpty() ? "127.0.0.1" : host) + ":"
                + api.path("listen_port").asInt(8080), text(api, "username"), text(api, "password"));
    }

    private static String text(JsonNode section, String key) {
        JsonNode value = section.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
