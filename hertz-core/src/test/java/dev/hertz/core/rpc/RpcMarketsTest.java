package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /markets} of a bot on the simulated exchange (its default twelve USDT markets). */
class RpcMarketsTest {
    @TempDir
    Path dir;
    RpcBot fx;

    @BeforeEach
    void setUp() {
        fx = new RpcBot(dir, null);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void everyMarketSortedBySymbol() {
        Markets all = fx.rpc.markets(null, null);
        assertThat(all.exchangeId()).isEqualTo("sim");
        assertThat(all.markets()).hasSize(12).containsKeys("BTC/USDT", "ETH/USDT", "TRX/USDT");
        assertThat(java.util.List.copyOf(all.markets().keySet())).isSorted();
        assertThat(all.markets().get("BTC/USDT"))
                .isEqualTo(new Markets.Entry("BTC/USDT", "BTC", "USDT", true, false, true));
        assertThat(fx.rpc.markets("", "").markets()).hasSize(12);
    }

    @Test
    void filteredByBaseAndQuote() {
        assertThat(fx.rpc.markets("ETH", null).markets()).containsOnlyKeys("ETH/USDT");
        assertThat(fx.rpc.markets(null, "USDT").markets()).hasSize(12);
        assertThat(fx.rpc.markets("ETH", "EUR").markets()).isEmpty();
    }

    @Test
    void jsonAsFreqUiReadsIt() {
        JsonNode json = new ObjectMapper().valueToTree(fx.rpc.markets("BTC", "USDT"));
        assertThat(json.toString()).isEqualTo("{\"markets\":{\"BTC/USDT\":{\"symbol\":\"BTC/USDT\",\"base\":\"BTC\","
                + "\"quote\":\"USDT\",\"spot\":true,\"swap\":false,\"active\":true}},\"exchange_id\":\"sim\"}");
    }
}
