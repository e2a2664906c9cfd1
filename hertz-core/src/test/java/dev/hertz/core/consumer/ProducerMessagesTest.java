package dev.hertz.core.consumer;

import static dev.hertz.core.consumer.Frames.JSON;
import static dev.hertz.core.consumer.Frames.analysed;
import static dev.hertz.core.consumer.Frames.analyzedDf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hertz.core.pairlist.LogCapture;
import dev.hertz.core.strategy.Frame;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProducerMessagesTest {
    private final ProducerData data = new ProducerData();
    private final ProducerMessages messages = new ProducerMessages("default", data, false);
    private final LogCapture logs = LogCapture.of("dev.hertz.core.consumer");

    @AfterEach
    void close() {
        logs.close();
    }

    private Frame held(String pair) {
        return data.dataframe("default", pair, "1m", "spot").frame();
    }

    @Test
    void initialRequestsAreFreqtradesConsumers() throws Exception {
        List<String> requests = ProducerMessages.initialRequests(1500);

        assertThat(requests).hasSize(3);
        assertThat(JSON.readTree(requests.get(0))).isEqualTo(JSON.readTree(
                "{\"type\":\"subscribe\",\"data\":[\"whitelist\",\"analyzed_df\"]}"));
        assertThat(JSON.readTree(requests.get(1))).isEqualTo(JSON.readTree("{\"type\":\"whitelist\",\"data\":null}"));
        assertThat(JSON.readTree(requests.get(2))).isEqualTo(JSON.readTree(
                "{\"type\":\"analyzed_df\",\"data\":{\"limit\":1500,\"pair\":null}}"));
    }

    @Test
    void whitelistReplacesThePairs() {
        assertThat(messages.handle("{\"type\":\"whitelist\",\"data\":[\"BTC/USDT\",\"ETH/USDT\"]}")).isEmpty();
        assertThat(messages.handle("{\"type\":\"whitelist\",\"data\":[\"SOL/USDT\"]}")).isEmpty();

        assertThat(data.pairs("default")).containsExactly("SOL/USDT");
    }

    @Test
    void analysedFramesAreStoredWithTheirAnalysisTime() {
        assertThat(messages.handle(analyzedDf("BTC/USDT", analysed(0, 120)))).isEmpty();
        assertThat(messages.handle(analyzedDf("BTC/USDT", analysed(120, 1)))).isEmpty();

        ProducerDataframe got = data.dataframe("default", "BTC/USDT", "1m", "spot");
        assertThat(got.frame().length()).isEqualTo(121);
        assertThat(got.frame().col(Frame.ENTER_LONG)[120]).isEqualTo(1);
        assertThat(got.lastAnalyzed()).isEqualTo(Instant.parse("2024-05-06T12:00:20.5Z"));
    }

    @Test
    void aGapAsksTheProducerForTheMissingCandlesAndOneMore() throws Exception {
        messages.handle(analyzedDf("BTC/USDT", analysed(0, 120)));

        String request = messages.handle(analyzedDf("BTC/USDT", analysed(123, 1))).orElseThrow();

        assertThat(JSON.readTree(request)).isEqualTo(JSON.readTree(
                "{\"type\":\"analyzed_df\",\"data\":{\"limit\":5,\"pair\":\"BTC/USDT\"}}"));
        assertThat(logs.messages()).contains(
                "Holes in data or no existing df, requesting 5 candles for [BTC/USDT, 1m, spot] from `default`");
        assertThat(held("BTC/USDT").length()).isEqualTo(120);
    }

    @Test
    void aSingleCandleWithNothingHeldAsksForTheWholeFrame() throws Exception {
        String request = messages.handle(analyzedDf("ETH/USDT", analysed(0, 1))).orElseThrow();

        assertThat(JSON.readTree(request).path("data").path("limit").asInt()).isEqualTo(1500);
        assertThat(JSON.readTree(request).path("data").path("pair").asText()).isEqualTo("ETH/USDT");
    }

    @Test
    void removeEntryExitSignalsZeroesSignalsAndTags() {
        ProducerMessages removing = new ProducerMessages("default", data, true);

        removing.handle(analyzedDf("BTC/USDT", analysed(0, 120)));

        Frame got = held("BTC/USDT");
        assertThat(got.col(Frame.ENTER_LONG)).containsOnly(0);
        assertThat(got.col(Frame.EXIT_SHORT)).containsOnly(0);
        assertThat(got.strings(Frame.ENTER_TAG)).containsOnly("");
        assertThat(got.col("rsi")).as("other columns untouched").containsOnly(55);
    }

    @Test
    void anEmptyFrameIsIgnored() {
        assertThat(messages.handle("""
                {"type":"analyzed_df","data":{"key":["BTC/USDT","1m","spot"],
                 "df":{"__type__":"dataframe","__value__":"{\\"columns\\":[],\\"index\\":[],\\"data\\":[]}"},
                 "la":"1970-01-01T00:00:00+00:00"}}
                """)).isEmpty();

        assertThat(held("BTC/USDT").length()).isZero();
        assertThat(logs.messages()).isEmpty();
    }

    @Test
    void garbageIsLoggedAndChangesNothing() {
        messages.handle(analyzedDf("BTC/USDT", analysed(0, 120)));
        messages.handle("{\"type\":\"whitelist\",\"data\":[\"BTC/USDT\"]}");

        List<String> garbage = List.of(
                "{not json",
                "[1, 2]",
                "{\"type\":\"whitelist\",\"data\":[]}",
                "{\"type\":\"whitelist\",\"data\":\"BTC/USDT\"}",
                "{\"type\":\"whitelist\",\"data\":[1]}",
                "{\"type\":\"analyzed_df\",\"data\":{\"key\":[\"BTC/USDT\",\"1m\"],\"df\":{},\"la\":\"x\"}}",
                "{\"type\":\"analyzed_df\",\"data\":{\"key\":[\"BTC/USDT\",\"1x\",\"spot\"],\"df\":{},\"la\":\"x\"}}",
                analyzedDf("BTC/USDT", analysed(120, 1)).replace("2024-05-06T12:00:20.5+00:00", "yesterday"),
                analyzedDf("BTC/USDT", analysed(120, 1)).replace("\\\"date\\\"", "\\\"day\\\""),
                "{\"type\":\"analyzed_df\",\"data\":{\"key\":[\"BTC/USDT\",\"1m\",\"spot\"],\"df\":\"x\","
                        + "\"la\":\"2024-05-06T12:00:20+00:00\"}}");
        for (String message : garbage) {
            assertThat(messages.handle(message)).as(message).isEmpty();
        }

        assertThat(held("BTC/USDT").length()).isEqualTo(120);
        assertThat(data.pairs("default")).containsExactly("BTC/USDT");
        assertThat(logs.messages()).hasSize(garbage.size()).allSatisfy(line -> assertThat(line)
                .satisfiesAnyOf(l -> assertThat(l).startsWith("Invalid message from `default`: "),
                        l -> assertThat(l).isEqualTo("Empty message received from `default`")));
        assertThat(logs.messages()).contains("Invalid message from `default`: dataframe has no 'date' column",
                "Invalid message from `default`: analyzed_df la \"yesterday\" is not an ISO datetime");
    }

    @Test
    void otherMessageTypesAreIgnored() {
        assertThat(messages.handle("{\"type\":\"new_candle\",\"data\":[\"BTC/USDT\",\"1m\",\"spot\"]}")).isEmpty();

        assertThat(logs.messages()).containsExactly("Received unhandled message: `[\"BTC/USDT\",\"1m\",\"spot\"]`, ignoring...");
    }
}
