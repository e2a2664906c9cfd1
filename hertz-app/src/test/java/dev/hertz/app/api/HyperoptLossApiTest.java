package dev.hertz.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /hyperoptloss} and {@code GET /freqaimodels} over real HTTP, with and without a bot. */
class HyperoptLossApiTest {
    private static final String STRATEGY = """
            import dev.hertz.core.strategy.*;

            public class LossStrategy extends Strategy {
                public Frame populateIndicators(Frame df, Metadata metadata) {
                    return df;
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> false));
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.EXIT_LONG, df.mask(i -> false));
                }
            }
            """;
    private static final String USER_LOSS = """
            import dev.hertz.optimize.hyperopt.loss.HyperOptLoss;
            import dev.hertz.optimize.hyperopt.loss.LossInput;

            /**
             * Prefers fewer trades.
             */
            public class AFewTradesLoss implements HyperOptLoss {
                public double loss(LossInput input) {
                    return input.tradeCount();
                }
            }
            """;

    @TempDir
    Path dir;

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.path("loss_functions").forEach(l -> names.add(l.path("name").asText()));
        return names;
    }

    @Test
    void webserverListsBuiltinAndUserLossesSortedByName() throws IOException {
        try (WebserverFixture web = new WebserverFixture(dir, "LossStrategy", STRATEGY, "{}")) {
            Files.createDirectories(web.userDataDir().resolve("hyperopts"));
            Files.writeString(web.userDataDir().resolve("hyperopts/AFewTradesLoss.java"), USER_LOSS);

            HttpResponse<String> r = web.call("GET", "/hyperoptloss", "");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode body = WebserverFixture.json(r);
            assertThat(names(body)).isSorted().startsWith("AFewTradesLoss", "CalmarHyperOptLoss")
                    .contains("DefaultHyperOptLoss", "SharpeHyperOptLoss", "SortinoHyperOptLossDaily",
                            "MultiMetricHyperOptLoss");
            assertThat(body.path("loss_functions").get(0).path("description").asText()).isEqualTo("Prefers fewer trades.");
            assertThat(body.path("loss_functions").get(1).fieldNames()).toIterable().containsExactly("name", "description");

            HttpResponse<String> models = web.call("GET", "/freqaimodels", "");
            assertThat(models.statusCode()).isEqualTo(200);
            assertThat(models.body()).isEqualTo("{\"freqaimodels\":[]}");
        }
    }

    @Test
    void tradeModeServesTheSameList() {
        try (ApiBot bot = new ApiBot(dir, "{}")) {
            ApiBot.Reply r = bot.get("/hyperoptloss");
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(names(r.body())).hasSize(12).isSorted().contains("ShortTradeDurHyperOptLoss");
            ApiBot.Reply models = bot.get("/freqaimodels");
            assertThat(models.status()).isEqualTo(200);
            assertThat(models.body().path("freqaimodels").isArray()).isTrue();
            assertThat(models.body().path("freqaimodels")).isEmpty();
        }
    }
}
