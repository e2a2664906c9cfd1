package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Iterator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RpcBalanceTest {
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
    void coinsOfOpenTradesAreValuedAtTheLastPriceAndCountAsBotOwned() throws Exception {
        double last = fx.bot.context().exchange().fetchTicker("ETH/USDT").last();
        fx.openTrade("ETH/USDT", 0.05, last, "2024-03-10T11:00:00Z");

        BalanceResult balance = fx.rpc.balance();

        BalanceResult.Currency usdt = balance.currencies().stream().filter(c -> c.currency().equals("USDT"))
                .findFirst().orElseThrow();
        BalanceResult.Currency eth = balance.currencies().stream().filter(c -> c.currency().equals("ETH"))
                .findFirst().orElseThrow();
        // dry_run_wallet 1000 minus the open trade's stake
        assertThat(usdt.balance()).isCloseTo(1000 - 0.05 * last, within(1e-9));
        assertThat(usdt.estStake()).isEqualTo(usdt.balance());
        assertThat(usdt.isBotManaged()).isTrue();
        assertThat(eth.balance()).isEqualTo(0.05);
        assertThat(eth.botOwned()).isEqualTo(0.05);
        assertThat(eth.estStake()).isCloseTo(0.05 * last, within(1e-9));
        assertThat(balance.total()).isCloseTo(usdt.estStake() + eth.estStake(), within(1e-9));
        assertThat(balance.totalBot()).isCloseTo(usdt.estStakeBot() + eth.estStakeBot(), within(1e-9));
        assertThat(balance.startingCapital()).isEqualTo(1000.0);
        assertThat(balance.startingCapitalRatio()).isCloseTo(balance.totalBot() / 1000 - 1, within(1e-12));
        assertThat(balance.note()).isEqualTo("Simulated balances");
        assertThat(balance.tradeCount()).isEqualTo(1);

        // every key FreqUI's recorded /balance response has is present
        JsonNode fixture = fixture();
        JsonNode ours = new ObjectMapper().valueToTree(balance);
        for (Iterator<String> it = fixture.fieldNames(); it.hasNext(); ) {
            assertThat(ours.has(it.next())).isTrue();
        }
        for (Iterator<String> it = fixture.get("currencies").get(0).fieldNames(); it.hasNext(); ) {
            assertThat(ours.get("currencies").get(0).has(it.next())).isTrue();
        }
    }

    private static JsonNode fixture() throws Exception {
        String prop = System.getProperty("hertz.shared.dir");
        Path file = (prop != null ? Path.of(prop) : Path.of("..", "..", "shared"))
                .resolve("reference/frequi-fixtures/balance.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(file),
                "../shared/reference absent: skipping the FreqUI fixture comparison");
        return new ObjectMapper().readTree(file.toFile());
    }
}
