package dev.hertz.app.consumer;

import static dev.hertz.app.api.ApiBot.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.app.api.ApiBot;
import dev.hertz.core.consumer.ProducerDataframe;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.strategy.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real bots in one process: a producer with its API and WebSocket, and a consumer connected
 * to it whose strategy enters only where the producer's analysed frame has an entry signal.
 * Both run on the same simulated market (same seed, same time), so their candles line up.
 */
class ProducerConsumerTest {
    private static final String PRODUCER_STRATEGY = """
            import dev.hertz.core.strategy.*;
            import java.util.Map;

            public class ProducerStrategy extends Strategy {
                public ProducerStrategy() {
                    timeframe = "1m";
                    minimalRoi = Map.of(0, 10.0);
                    stoploss = -0.5;
                }

                public Frame populateIndicators(Frame df, Metadata metadata) {
                    return df.set("producer_sma", ta.sma(df.close(), 5));
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    boolean eth = metadata.pair().equals("ETH/USDT");
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> eth), "producer_entry");
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.EXIT_LONG, df.mask(i -> false));
                }
            }
            """;

    /** Enters on its last candle when the producer's row for the same candle has {@code enter_long}. */
    private static final String CONSUMER_STRATEGY = """
            import dev.hertz.core.consumer.ProducerDataframe;
            import dev.hertz.core.strategy.*;
            import java.util.Map;

            public class ConsumerStrategy extends Strategy {
                public ConsumerStrategy() {
                    timeframe = "1m";
                    minimalRoi = Map.of(0, 10.0);
                    stoploss = -0.5;
                    processOnlyNewCandles = false;
                }

                public Frame populateIndicators(Frame df, Metadata metadata) {
                    return df;
                }

                public Frame populateEntryTrend(Frame df, Metadata metadata) {
                    Frame theirs = dp.getProducerDf(metadata.pair()).frame();
                    int row = theirs.indexOf(df.date()[df.lastIndex()]);
                    boolean go = row >= 0 && theirs.col(Frame.ENTER_LONG)[row] == 1.0;
                    String tag = go ? "followed_" + theirs.strings(Frame.ENTER_TAG)[row] : "";
                    return df.signal(Frame.ENTER_LONG, df.mask(i -> go && i == df.lastIndex()), tag);
                }

                public Frame populateExitTrend(Frame df, Metadata metadata) {
                    return df.signal(Frame.EXIT_LONG, df.mask(i -> false));
                }
            }
            """;

    @TempDir
    Path dir;
    private final List<ApiBot> bots = new ArrayList<>();
    /** Attached once the bots run: each bot's start installs logging afresh, dropping earlier appenders. */
    private ConsumerLogs logs;

    @AfterEach
    void stop() {
        bots.reversed().forEach(ApiBot::close);
        if (logs != null) {
            logs.close();
        }
    }

    private ConsumerLogs listen() {
        logs = new ConsumerLogs();
        return logs;
    }

    private ApiBot bot(String name, String strategyName, String strategy, String overrides) {
        Path home = dir.resolve(name);
        try {
            Files.createDirectories(home.resolve("user_data/strategies"));
            Files.writeString(home.resolve("user_data/strategies/" + strategyName + ".java"), strategy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ApiBot bot = new ApiBot(home, overrides);
        bots.add(bot);
        return bot;
    }

    private ApiBot producer() {
        return bot("producer", "ProducerStrategy", PRODUCER_STRATEGY,
                "{\"strategy\": \"ProducerStrategy\", \"bot_name\": \"producer\"}");
    }

    private ApiBot consumer(int producerPort, String token) {
        return bot("consumer", "ConsumerStrategy", CONSUMER_STRATEGY, """
                {"strategy": "ConsumerStrategy", "bot_name": "consumer",
                 "external_message_consumer": {"enabled": true, "sleep_time": 1,
                   "producers": [{"name": "default", "host": "127.0.0.1", "port": %d, "ws_token": "%s"}]}}
                """.formatted(producerPort, token));
    }

    private static DataProvider dp(ApiBot bot) {
        return bot.runner().currentBot().context().data();
    }

    private static Frame analysed(ApiBot bot, String pair) {
        return bot.runner().currentBot().context().analyzer().latest(pair).orElseThrow().frame();
    }

    private static List<JsonNode> openTrades(ApiBot bot) {
        return StreamSupport.stream(bot.get("/status").body().spliterator(), false).toList();
    }

    @Test
    void theConsumerTradesOnTheProducersAnalysedData() {
        ApiBot producer = producer();
        ApiBot consumer = consumer(producer.port(), "ws-secret");

        awaitTrue(() -> !openTrades(consumer).isEmpty());
        JsonNode trade = openTrades(consumer).get(0);
        assertThat(trade.get("pair").asText()).isEqualTo("ETH/USDT");
        assertThat(trade.get("enter_tag").asText()).isEqualTo("followed_producer_entry");
        assertThat(openTrades(consumer)).as("no signal from the producer on other pairs").hasSize(1);

        DataProvider dp = dp(consumer);
        assertThat(dp.getProducerPairs()).containsExactly("BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT");
        ProducerDataframe eth = dp.getProducerDf("ETH/USDT");
        Frame theirs = analysed(producer, "ETH/USDT");
        assertThat(eth.frame().date()).containsExactly(theirs.date());
        assertThat(eth.frame().col("producer_sma")[theirs.lastIndex()]).isEqualTo(theirs.last("producer_sma"));
        assertThat(eth.lastAnalyzed()).isAfter(Instant.EPOCH);
    }

    @Test
    void newCandlesAreAppendedAndAGapIsFetchedAgain() {
        ApiBot producer = producer();
        ApiBot consumer = consumer(producer.port(), "ws-secret");
        DataProvider dp = dp(consumer);
        awaitTrue(() -> !dp.getProducerDf("BTC/USDT").isEmpty());
        int first = dp.getProducerDf("BTC/USDT").frame().length();
        listen();
        assertThat(first).isEqualTo(analysed(producer, "BTC/USDT").length());

        producer.advance(Duration.ofMinutes(1));
        awaitTrue(() -> dp.getProducerDf("BTC/USDT").frame().length() == first + 1);
        long[] afterOne = dp.getProducerDf("BTC/USDT").frame().date();
        assertThat(afterOne[first]).isEqualTo(analysed(producer, "BTC/USDT").date()[analysed(producer, "BTC/USDT").lastIndex()]);

        producer.advance(Duration.ofMinutes(3));
        awaitTrue(() -> dp.getProducerDf("BTC/USDT").frame().length() == first + 4);
        Frame merged = dp.getProducerDf("BTC/USDT").frame();
        Frame theirs = analysed(producer, "BTC/USDT");
        assertThat(logs.lines()).anyMatch(l -> l.startsWith("WARN Holes in data or no existing df, requesting 4 candles"
                + " for [BTC/USDT, 1m, spot]"));
        for (int i = 1; i < merged.length(); i++) {
            assertThat(merged.date()[i] - merged.date()[i - 1]).as("row %d follows the one before", i).isEqualTo(60_000);
        }
        assertThat(merged.date()[merged.lastIndex()]).isEqualTo(theirs.date()[theirs.lastIndex()]);
        assertThat(merged.close()[merged.lastIndex()]).isEqualTo(theirs.last(Frame.CLOSE));
    }

    @Test
    void aWrongTokenIsRetriedWhileTheConsumerKeepsTrading() {
        ApiBot producer = producer();
        ApiBot consumer = consumer(producer.port(), "not-the-token");
        listen();

        awaitTrue(() -> logs.count("answered the handshake with HTTP 403") >= 2);
        Instant iteration = consumer.runner().currentBot().lastProcess().orElseThrow();
        consumer.advance(Duration.ofMinutes(1));
        awaitTrue(() -> consumer.runner().currentBot().lastProcess().orElseThrow().isAfter(iteration));
        assertThat(dp(consumer).getProducerPairs()).isEmpty();
        assertThat(openTrades(consumer)).isEmpty();
    }

    @Test
    void anUnreachableProducerLeavesTheBotRunningAndStopsWithIt() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        ApiBot consumer = consumer(port, "ws-secret");
        listen();

        awaitTrue(() -> logs.count("Connection Refused - producer `default` at ws://127.0.0.1:" + port) >= 2);
        Instant iteration = consumer.runner().currentBot().lastProcess().orElseThrow();
        consumer.advance(Duration.ofMinutes(1));
        awaitTrue(() -> consumer.runner().currentBot().lastProcess().orElseThrow().isAfter(iteration));

        consumer.close();
        bots.remove(consumer);
        assertThat(logs.lines()).contains("INFO Stopping ExternalMessageConsumer");
        assertThat(String.join("\n", logs.lines())).doesNotContain("did not stop");
    }
}
