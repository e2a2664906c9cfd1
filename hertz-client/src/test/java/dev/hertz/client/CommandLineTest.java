package dev.hertz.client;

import dev.hertz.client.cli.Commands;
import dev.hertz.client.cli.UsageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The command line's words bound to the client's calls as freqtrade-client binds them. */
class CommandLineTest {
    private final AtomicReference<StubServer.Reply> reply = new AtomicReference<>(new StubServer.Reply(200,
            "{\"trade_id\": 1}"));
    private StubServer server;
    private HertzClient client;

    @BeforeEach
    void start() {
        server = new StubServer(r -> reply.get());
        client = HertzClient.create(server.url(), "u", "p");
    }

    private StubServer.Request last() {
        return server.requests.get(server.requests.size() - 1);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private Object run(String... words) {
        return Commands.run(client, List.of(words));
    }

    private UsageException usage(String... words) {
        return catchThrowableOfType(UsageException.class, () -> run(words));
    }

    @Test
    void positionalAndKeywordArgumentsFillTheParameters() {
        run("forceenter", "BTC/USDT", "short", "order_type=market", "stake_amount=25", "enter_tag=cli");
        assertThat(last().body()).isEqualTo("{\"pair\":\"BTC/USDT\",\"side\":\"short\",\"ordertype\":\"market\","
                + "\"stakeamount\":25.0,\"entry_tag\":\"cli\"}");
        run("forceenter", "pair=ETH/USDT", "ordertype=limit", "price=2.5");
        assertThat(last().body()).isEqualTo("{\"pair\":\"ETH/USDT\",\"price\":2.5,\"ordertype\":\"limit\"}");
        run("trades", "limit=5");
        assertThat(last().target()).isEqualTo("/api/v1/trades?limit=5");
        run("trades", "5", "10");
        assertThat(last().target()).isEqualTo("/api/v1/trades?limit=5&offset=10");
        run("forceexit", "all");
        assertThat(last().body()).isEqualTo("{\"tradeid\":\"all\",\"ordertype\":null,\"amount\":null}");
    }

    @Test
    void blacklistReadsOrAddsAndRestArgumentsCollect() {
        run("blacklist");
        assertThat(last().method()).isEqualTo("GET");
        run("blacklist", "BNB/.*", "XRP/USDT");
        assertThat(last().method()).isEqualTo("POST");
        assertThat(last().body()).isEqualTo("{\"blacklist\":[\"BNB/.*\",\"XRP/USDT\"]}");
        run("delete_blacklist", "pairs=A/B,C/D");
        assertThat(last().target()).isEqualTo("/api/v1/blacklist?pairs_to_delete=A%2FB&pairs_to_delete=C%2FD");
        run("pair_candles", "BTC/USDT", "1m", "columns=sma,rsi");
        assertThat(last().body()).contains("\"columns\":[\"sma\",\"rsi\"]");
    }

    @Test
    void badArgumentsNameTheCommandAndTheParameter() {
        assertThat(usage("nope")).hasMessage("Command nope not defined; 'help' lists the commands.");
        assertThat(usage("trade")).hasMessage("trade needs the argument 'trade_id'; usage: trade <trade_id>");
        assertThat(usage("trade", "x")).hasMessage("trade: trade_id must be a whole number, got 'x'");
        assertThat(usage("logs", "limit=many")).hasMessage("logs: limit must be a whole number, got 'many'");
        assertThat(usage("forcebuy", "BTC/USDT", "cheap")).hasMessage("forcebuy: price must be a number, got 'cheap'");
        assertThat(usage("status", "extra")).hasMessageStartingWith("status takes at most 0 positional argument(s)");
        assertThat(usage("logs", "lim=3")).hasMessage("logs has no parameter 'lim'; usage: logs [limit]");
        assertThat(usage("logs", "3", "limit=4")).hasMessage("logs got 'limit' twice");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void serverErrorsPassThrough() {
        reply.set(new StubServer.Reply(404, "{\"detail\":\"Trade not found.\"}"));
        HertzClientException e = catchThrowableOfType(HertzClientException.class, () -> run("trade", "42"));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.detail()).isEqualTo("Trade not found.");
    }

    @Test
    void helpListsEveryCommandWithItsParametersAndEndpoint() {
        String help = Commands.help(null);
        assertThat(help).startsWith("Possible commands:");
        for (String name : Commands.names()) {
            assertThat(help).contains("\n" + name);
        }
        assertThat(help).contains("forceenter <pair> [side] [price] [order_type=...] [stake_amount=...] [leverage=...] "
                + "[enter_tag=...]\n    Enter a trade now (POST /forceenter).");
        assertThat(Commands.help("trade")).isEqualTo("trade <trade_id>\n    One trade, open or closed (GET /trade/{trade_id}).\n");
        assertThat(Commands.names()).contains("ping", "version", "balance", "count", "status", "trade", "trades", "profit",
                "profit_all", "performance", "daily", "weekly", "monthly", "entries", "exits", "mix_tags", "stats",
                "locks", "lock_add", "delete_lock", "whitelist", "blacklist", "delete_blacklist", "forceenter",
                "forceexit", "delete_trade", "cancel_open_order", "reload_config", "start", "stop", "stopbuy", "pause",
                "show_config", "logs", "health", "sysinfo", "pair_candles", "pair_history", "plot_config", "strategies",
                "strategy", "available_pairs", "markets", "forcebuy", "pairlists_available", "list_custom_data");
    }

    @Test
    void resultsPrintAsPrettyJsonInTheWiresNames() {
        reply.set(new StubServer.Reply(200, "{\"lock_count\":0,\"locks\":[]}"));
        assertThat(Commands.toJson(run("locks"))).isEqualTo("{\n  \"lock_count\" : 0,\n  \"locks\" : [ ]\n}");
    }
}
