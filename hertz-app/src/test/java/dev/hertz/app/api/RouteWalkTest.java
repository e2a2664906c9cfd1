package dev.hertz.app.api;

import dev.hertz.api.http.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of a running bot, fed bad path ids and bad bodies: the answer is a JSON 4xx, freqtrade's
 * 502/503 refusals or a normal reply, never a 500, and the trade a rejected request named is still there afterwards.
 */
class RouteWalkTest {
    private static final List<String> BODIES = List.of("null", "{}", "[]", "{\"pair\": 5, \"tradeid\": [1]}",
            "{\"limit\": -1, \"timescale\": \"x\"}", "\"text\"", "{\"pair\": ");
    @TempDir
    static Path dir;
    private static ApiBot bot;

    @BeforeAll
    static void start() {
        bot = new ApiBot(dir, "{}");
        bot.post("/forceenter", "{\"pair\": \"BTC/USDT\"}");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void noRouteAnswers500ToBadInput() {
        for (Route route : bot.api().routes()) {
            // refresh wants a refresh token, not the Basic credentials sent here
            if (route.path().equals("/reload_config") || route.path().equals("/stop")
                    || route.method() == Route.Method.HEAD || route.access() == Route.Access.REFRESH) {
                continue;
            }
            for (String id : List.of("abc", "-1", "99999999999999999999")) {
                String path = route.path().replaceAll("\\{[^}]+}", id);
                for (String body : BODIES) {
                    ApiBot.Reply reply = bot.send(route.method().name(), path + "?limit=-5&timescale=0&pair=",
                            body);
                    assertThat(reply.status()).as(route.method() + " " + path + " " + body + " -> " + reply.text())
                            .isNotIn(401, 500, 501, 504);
                    if (reply.status() >= 400) {
                        assertThat(reply.body()).as(path + " error body is JSON").isNotNull();
                        assertThat(reply.contentType()).isEqualTo("application/json");
                    }
                }
            }
        }
        assertThat(bot.get("/status").body()).as("the open trade survived the walk").hasSize(1);
    }
}
