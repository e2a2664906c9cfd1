package dev.hertz.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.client.internal.Json;
import dev.hertz.client.model.Balances;
import dev.hertz.client.model.BlacklistResponse;
import dev.hertz.client.model.Logs;
import dev.hertz.client.model.OpenTrade;
import dev.hertz.client.model.PairHistory;
import dev.hertz.client.model.PerformanceEntry;
import dev.hertz.client.model.Profit;
import dev.hertz.client.model.ShowConfig;
import dev.hertz.client.model.TradeResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The client's records read freqtrade's recorded answers (FreqUI's e2e fixtures) and write them
 * back in the wire's field names; fields they do not know are skipped.
 */
class WireRecordsTest {
    private static final ObjectMapper JSON = Json.MAPPER;

    private static String fixture(String name) throws IOException {
        String shared = System.getProperty("hertz.shared.dir");
        Path dir = Path.of(shared == null ? "../../shared" : shared, "reference", "frequi-fixtures");
        assumeTrue(Files.isDirectory(dir), "FreqUI fixtures not found at " + dir + "; skipping");
        return Files.readString(dir.resolve(name));
    }

    @Test
    void recordedAnswersRead() throws IOException {
        TradeResponse trades = JSON.readValue(fixture("trades.json"), TradeResponse.class);
        assertThat(trades.trades()).hasSize(trades.tradesCount()).isNotEmpty();
        assertThat(trades.trades().get(0).pair()).contains("/");
        assertThat(trades.trades().get(0).orders()).isNotEmpty();
        ShowConfig config = JSON.readValue(fixture("show_config.json"), ShowConfig.class);
        assertThat(config.stakeCurrency()).isNotBlank();
        assertThat(config.minimalRoi()).isNotEmpty();
        Logs logs = JSON.readValue(fixture("logs.json"), Logs.class);
        assertThat(logs.logCount()).isEqualTo(30);
        assertThat(logs.logs()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(logs.logs().get(0).logger()).isEqualTo("freqtrade.worker");
        assertThat(logs.logs().get(0).epochMillis()).isEqualTo(1662302212049.2812);
        Balances balance = JSON.readValue(fixture("balance.json"), Balances.class);
        assertThat(balance.currencies().get(0).currency()).isEqualTo("USDT");
        assertThat(balance.currencies().get(0).botOwned()).isNull();
        Profit profit = JSON.readValue(fixture("profit.json"), Profit.class);
        assertThat(profit.tradeCount()).isPositive();
        List<PerformanceEntry> performance = JSON.readValue(fixture("performance.json"),
                JSON.getTypeFactory().constructCollectionType(List.class, PerformanceEntry.class));
        assertThat(performance.get(0).pair()).isEqualTo("LTC/USDT");
        PairHistory candles = JSON.readValue(fixture("pair_candles_btc_1m.json"), PairHistory.class);
        assertThat(candles.data()).hasSize(candles.length());
        assertThat(candles.data().get(0)).hasSameSizeAs(candles.columns());
        BlacklistResponse blacklist = JSON.readValue(fixture("blacklist.json"), BlacklistResponse.class);
        assertThat(blacklist.blacklist()).hasSize(blacklist.length());
    }

    @Test
    void openTradesKeepTheTradeFieldsAtTheTopLevel() throws IOException {
        String wire = """
                {"trade_id": 3, "pair": "BTC/USDT", "is_open": true, "is_short": false, "amount": 0.5,
                 "open_rate": 100.0, "orders": [], "current_rate": 101.0, "total_profit_abs": 0.4,
                 "a_field_from_a_newer_server": {"x": 1}}""";
        OpenTrade trade = JSON.readValue(wire, OpenTrade.class);
        assertThat(trade.trade().tradeId()).isEqualTo(3);
        assertThat(trade.trade().isOpen()).isTrue();
        assertThat(trade.currentRate()).isEqualTo(101.0);
        JsonNode back = JSON.readTree(JSON.writeValueAsString(trade));
        assertThat(back.get("trade_id").asLong()).isEqualTo(3);
        assertThat(back.get("is_open").asBoolean()).isTrue();
        assertThat(back.get("current_rate").asDouble()).isEqualTo(101.0);
        assertThat(back.has("trade")).isFalse();
        assertThat(JSON.writeValueAsString(logsOf())).contains("[\"2024-05-06 12:00:00\",1.7E12,\"x\",\"INFO\",\"m\"]");
    }

    private static Logs logsOf() {
        return new Logs(1, List.of(new Logs.LogLine("2024-05-06 12:00:00", 1.7e12, "x", "INFO", "m")));
    }
}
