package dev.hertz.core.config;

import static dev.hertz.core.config.TestConfigs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void redactsEveryPresentSensitivePathAndOnlyThose() {
        ObjectNode config = json("""
                {"exchange": {"name": "binance", "key": "a", "apiKey": "b", "secret": "c", "privateKey": "d"},
                 "telegram": {"enabled": true, "token": "t", "chat_id": "1"},
                 "discord": {"webhook_url": "https://discord/x"},
                 "webhook": {"url": "https://hook", "format": "json"},
                 "api_server": {"username": "u", "password": "p", "jwt_secret_key": "j", "ws_token": ["w1", "w2"]},
                 "external_message_consumer": {"producers": [{"name": "a", "ws_token": "x"}, {"name": "b", "ws_token": "y"}]}}
                """);

        ObjectNode redacted = Secrets.redact(config);

        for (String path : new String[] {"/exchange/key", "/exchange/apiKey", "/exchange/secret", "/exchange/privateKey",
                "/telegram/token", "/telegram/chat_id", "/discord/webhook_url", "/webhook/url", "/api_server/password",
                "/api_server/jwt_secret_key", "/api_server/ws_token", "/external_message_consumer/producers/0/ws_token",
                "/external_message_consumer/producers/1/ws_token"}) {
            assertThat(redacted.at(path).asText()).as(path).isEqualTo("REDACTED");
        }
        assertThat(redacted.at("/exchange/name").asText()).isEqualTo("binance");
        assertThat(redacted.at("/api_server/username").asText()).isEqualTo("u");
        assertThat(redacted.at("/exchange").has("uid")).as("absent keys are not added").isFalse();
        assertThat(config.at("/exchange/key").asText()).as("input untouched").isEqualTo("a");
    }

    @Test
    void fullExampleHasNoSecretLeftAfterRedaction() throws Exception {
        ObjectNode config = (ObjectNode) JsonTrees.MAPPER.readTree(TestConfigs.fullExampleConfig().toFile());
        String[] secrets = {"your_exchange_key", "your_exchange_secret", "your_telegram_token", "your_telegram_chat_id",
            "somethingrandom", "SuperSecurePassword", "secret_ws_t0ken."};
        assertThat(config.toString()).contains(secrets);

        ObjectNode redacted = Secrets.redact(config);

        assertThat(redacted.toString()).doesNotContain(secrets);
        assertThat(redacted.at("/exchange/password").asText()).isEqualTo("REDACTED");
        assertThat(redacted.at("/external_message_consumer/producers/0/ws_token").asText()).isEqualTo("REDACTED");
        JsonNode whitelist = redacted.at("/exchange/pair_whitelist");
        assertThat(whitelist).hasSize(15);
    }

    @Test
    void masksThePasswordOfADatabaseUrl() {
        assertThat(Secrets.maskDbUrl("postgresql://u:secret@host/db")).isEqualTo("postgresql://u:*****@host/db");
        assertThat(Secrets.maskDbUrl("postgresql+psycopg2://user:p:w@db.example:5432/hertz"))
                .isEqualTo("postgresql+psycopg2://user:*****@db.example:5432/hertz");
        assertThat(Secrets.maskDbUrl("postgresql://host:5432/db")).isEqualTo("postgresql://host:5432/db");
        assertThat(Secrets.maskDbUrl("postgresql://user@host/db")).isEqualTo("postgresql://user@host/db");
        assertThat(Secrets.maskDbUrl("sqlite:///tradesv3.sqlite")).isEqualTo("sqlite:///tradesv3.sqlite");
        assertThat(Secrets.maskDbUrl("sqlite://")).isEqualTo("sqlite://");
    }
}
