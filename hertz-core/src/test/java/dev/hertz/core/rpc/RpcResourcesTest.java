package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code /exchanges}, {@code /version} and {@code /edge}. */
class RpcResourcesTest {
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
    void exchangesListTheSimulatedExchangeWithSpotTrading() {
        ExchangeList list = fx.rpc.exchanges();
        assertThat(list.exchanges()).hasSize(1);
        ExchangeList.Entry sim = list.exchanges().get(0);
        assertThat(sim.name()).isEqualTo("sim");
        assertThat(sim.classname()).isEqualTo("sim");
        assertThat(sim.valid()).isTrue();
        assertThat(sim.supported()).isTrue();
        assertThat(sim.comment()).contains("Simulated");
        assertThat(sim.tradeModes()).containsExactly(new ExchangeList.TradeMode("spot", ""));
        JsonNode json = new ObjectMapper().valueToTree(list).get("exchanges").get(0);
        assertThat(json.get("is_alias").asBoolean(true)).isFalse();
        assertThat(json.get("alias_for").isNull()).isTrue();
        assertThat(json.get("dex").asBoolean(true)).isFalse();
        assertThat(json.get("trade_modes").get(0).toString()).isEqualTo("{\"trading_mode\":\"spot\",\"margin_mode\":\"\"}");
    }

    @Test
    void versionIsTheBuildsAndEdgeIsNeverEnabled() {
        assertThat(fx.rpc.version().version()).isEqualTo(fx.rpc.showConfig().version()).isNotBlank();
        assertThatThrownBy(() -> fx.rpc.edge()).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Edge is not enabled.");
            assertThat(e.kind()).isEqualTo(RpcException.Kind.STATE);
        });
    }
}
