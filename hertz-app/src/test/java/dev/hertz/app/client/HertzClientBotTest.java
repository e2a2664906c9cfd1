package dev.hertz.app.client;

import dev.hertz.app.api.ApiBot;
import dev.hertz.client.HertzClient;
import dev.hertz.client.HertzClientException;
import dev.hertz.client.model.BlacklistResponse;
import dev.hertz.client.model.DeleteTrade;
import dev.hertz.client.model.ForceEnterPayload;
import dev.hertz.client.model.Lock;
import dev.hertz.client.model.Locks;
import dev.hertz.client.model.OpenTrade;
import dev.hertz.client.model.PairHistory;
import dev.hertz.client.model.ShowConfig;
import dev.hertz.client.model.Trade;
import dev.hertz.client.model.TradeCustomData;
import dev.hertz.client.model.TradeResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every {@link HertzClient} method against a running bot with its real API. The bot is shared by
 * the tests, so each works on its own pair and asserts only on what it did itself.
 */
class HertzClientBotTest {
    @TempDir
    static Path dir;
    private static ApiBot bot;
    private static HertzClient client;

    @BeforeAll
    static void start() {
        bot = new ApiBot(dir, "{}");
        client = HertzClient.create("http://127.0.0.1:" + bot.port(), ApiBot.USER, ApiBot.PASSWORD);
    }

    @AfterAll
    static void stop() {
        client.close();
        bot.close();
    }

    @Test
    void infoAboutTheServerAndTheBot() {
        ShowConfig config = client.showConfig();
        assertThat(config.botName()).isEqualTo("apitest");
        assertThat(config.stakeCurrency()).isEqualTo("USDT");
        assertThat(config.strategy()).isEqualTo("ApiTestStrategy");
        assertThat(config.runmode()).isEqualTo("dry_run");
        assertThat(config.maxOpenTrades()).isEqualTo(3);
        assertThat(config.forceEntryEnable()).isTrue();
        assertThat(config.apiVersion()).isGreaterThanOrEqualTo(2.4);
        assertThat(client.ping().status()).isEqualTo("pong");
        assertThat(client.version().version()).isNotBlank();
        assertThat(client.sysinfo().cpuPct()).isNotEmpty();
        assertThat(client.health().lastProcessTs()).isPositive();
        assertThat(client.health().lastProcess()).endsWith("Z");
        assertThat(client.logs().logs()).isNotEmpty();
        assertThat(client.logs(2).logCount()).isEqualTo(2);
        assertThat(client.logs(2).logs()).hasSize(2).allSatisfy(l -> assertThat(l.level()).isNotBlank());
    }

    @Test
    void strategiesAndResources() {
        assertThat(client.strategies().strategies()).contains("ApiTestStrategy");
        assertThat(client.strategy("ApiTestStrategy").code()).contains("class ApiTestStrategy");
        assertThat(client.strategy("ApiTestStrategy").timeframe()).isEqualTo("1m");
        assertThat(client.plotConfig().mainPlot()).containsKey("sma");
        assertThat(client.plotConfig("ApiTestStrategy").mainPlot()).containsKey("sma");
        assertThat(client.plotConfig().subplots()).isEmpty();
        assertThat(client.exchanges().exchanges()).extracting(e -> e.name()).isNotEmpty();
        assertThat(client.freqaimodels().freqaimodels()).isEmpty();
        assertThat(client.markets().markets()).containsKey("BTC/USDT");
        assertThat(client.markets().markets().get("BTC/USDT").quote()).isEqualTo("USDT");
        assertThat(client.markets("ETH", null).markets()).isNotEmpty()
                .allSatisfy((symbol, market) -> assertThat(market.base()).isEqualTo("ETH"));
        assertThat(client.availablePairs().length()).isZero();
        assertThat(client.availablePairs("5m", "USDT").pairs()).isEmpty();
        assertThat(client.whitelist().whitelist()).containsExactly("BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT");
        assertThat(client.whitelist().method()).containsExactly("StaticPairList");
    }

    @Test
    void candlesOfTheRunningBot() {
        PairHistory all = client.pairCandles("BTC/USDT", "1m");
        assertThat(all.columns()).contains("close", "sma", "__date_ts");
        assertThat(all.data()).hasSize(all.length()).isNotEmpty();
        PairHistory few = client.pairCandles("BTC/USDT", "1m", 5, List.of());
        assertThat(few.length()).isEqualTo(5);
        assertThat(few.columns()).contains("close").doesNotContain("sma");
        assertThat(few.allColumns()).contains("sma");
        assertThat(client.pairCandles("BTC/USDT", "1m", 3, null).data()).hasSize(3);
    }

    @Test
    void statisticsAndWallet() {
        assertThat(client.balance().stake()).isEqualTo("USDT");
        assertThat(client.balance().note()).isEqualTo("Simulated balances");
        assertThat(client.balance().currencies()).anySatisfy(b -> assertThat(b.currency()).isEqualTo("USDT"));
        assertThat(client.count().max()).isEqualTo(3);
        assertThat(client.profit().botStartTimestamp()).isNotNegative();
        assertThat(client.profitAll().all()).isNotNull();
        assertThat(client.profitAll().longTrades()).isNull();
        assertThat(client.stats().durations()).isNotNull();
        assertThat(client.performance()).isNotNull();
        assertThat(client.entries()).isNotNull();
        assertThat(client.exits("BTC/USDT")).isNotNull();
        assertThat(client.mixTags()).isNotNull();
        assertThat(client.daily().data()).hasSize(7);
        assertThat(client.daily(3).data()).hasSize(3);
        assertThat(client.weekly(2).data()).hasSize(2);
        assertThat(client.monthly().stakeCurrency()).isEqualTo("USDT");
        assertThat(client.historicBalance().columns()).contains("__date_ts", "total_quote");
    }

    @Test
    void aTradeFromEntryToDeletion() {
        Trade entered = client.forceenter(ForceEnterPayload.of("ETH/USDT", "long").withEntryTag("from_client"));
        long id = entered.tradeId();
        assertThat(entered.pair()).isEqualTo("ETH/USDT");
        assertThat(entered.isOpen()).isTrue();
        assertThat(entered.enterTag()).isEqualTo("from_client");
        assertThat(client.status()).extracting(t -> t.trade().tradeId()).contains(id);
        OpenTrade open = client.trade(id);
        assertThat(open.currentRate()).isPositive();
        assertThat(open.trade().orders()).isNotEmpty();
        assertThat(client.reloadTrade(id).trade().tradeId()).isEqualTo(id);
        List<TradeCustomData> custom = client.listCustomData(id, null);
        assertThat(custom).singleElement().satisfies(d -> assertThat(d.tradeId()).isEqualTo(id));

        assertThat(client.forceexit(String.valueOf(id), "market", null, null).result())
                .isEqualTo("Created exit order for trade " + id + ".");
        OpenTrade closed = client.trade(id);
        assertThat(closed.trade().isOpen()).isFalse();
        assertThat(closed.trade().exitReason()).isEqualTo("force_exit");
        TradeResponse trades = client.trades();
        assertThat(trades.trades()).extracting(Trade::tradeId).contains(id);
        assertThat(trades.totalTrades()).isEqualTo(trades.trades().size());
        assertThat(client.trades(1, 0).trades()).hasSize(1);
        assertThat(client.exits("ETH/USDT")).anySatisfy(e -> assertThat(e.exitReason()).isEqualTo("force_exit"));
        assertThat(client.entries("ETH/USDT")).anySatisfy(e -> assertThat(e.enterTag()).isEqualTo("from_client"));
        assertThat(client.mixTags("ETH/USDT")).anySatisfy(m -> assertThat(m.mixTag()).isEqualTo("from_client force_exit"));
        assertThat(client.performance()).anySatisfy(p -> assertThat(p.pair()).isEqualTo("ETH/USDT"));

        DeleteTrade deleted = client.deleteTrade(id);
        assertThat(deleted.tradeId()).isEqualTo(id);
        assertThat(deleted.resultMsg()).startsWith("Deleted trade " + id + ".");
        assertThat(client.trades().trades()).extracting(Trade::tradeId).doesNotContain(id);
    }

    @Test
    void anUnfilledEntryCanBeCancelled() {
        PairHistory candle = client.pairCandles("SOL/USDT", "1m", 1, List.of());
        double close = ((Number) candle.data().get(0).get(candle.columns().indexOf("close"))).doubleValue();
        Trade waiting = client.forceenter(ForceEnterPayload.of("SOL/USDT", "long").withOrderType("limit")
                .withPrice(close / 2));
        assertThat(waiting.hasOpenOrders()).isTrue();
        // An entry that never filled takes its trade with it, so there is no trade left to show (freqtrade's 502).
        HertzClientException gone = catchThrowableOfType(HertzClientException.class,
                () -> client.cancelOpenOrder(waiting.tradeId()));
        assertThat(gone.status()).isEqualTo(502);
        assertThat(gone.detail()).endsWith("no active trade");
        assertThat(catchThrowableOfType(HertzClientException.class, () -> client.trade(waiting.tradeId())).status())
                .isEqualTo(404);

        Trade held = client.forceenter("SOL/USDT", null);
        client.forceexit(String.valueOf(held.tradeId()), "limit", null, close * 2);
        assertThat(client.trade(held.tradeId()).trade().hasOpenOrders()).isTrue();
        OpenTrade afterCancel = client.cancelOpenOrder(held.tradeId());
        assertThat(afterCancel.trade().hasOpenOrders()).isFalse();
        assertThat(afterCancel.trade().isOpen()).isTrue();
        client.deleteTrade(held.tradeId());
    }

    @Test
    void legacyForceBuyAndExit() {
        Trade bought = client.forcebuy("BTC/USDT", null);
        assertThat(bought.pair()).isEqualTo("BTC/USDT");
        assertThat(bought.isShort()).isFalse();
        assertThat(client.forceexit(String.valueOf(bought.tradeId())).result())
                .isEqualTo("Created exit order for trade " + bought.tradeId() + ".");
        client.deleteTrade(bought.tradeId());
    }

    @Test
    void blacklistAddAndDelete() {
        BlacklistResponse added = client.addBlacklist("DOGE/USDT", "BNB/.*", "[");
        assertThat(added.blacklist()).contains("DOGE/USDT", "BNB/.*");
        assertThat(added.errors().get("[").errorMsg()).isEqualTo("Pair [ is not a valid wildcard.");
        assertThat(client.blacklist().blacklist()).contains("DOGE/USDT");
        BlacklistResponse deleted = client.deleteBlacklist("DOGE/USDT", "NOPE/USDT");
        assertThat(deleted.blacklist()).doesNotContain("DOGE/USDT").contains("BNB/.*");
        assertThat(deleted.errors().get("NOPE/USDT").errorMsg()).isEqualTo("Pair NOPE/USDT is not in the current blacklist.");
        assertThat(deleted.length()).isEqualTo(deleted.blacklist().size());
    }

    @Test
    void locksAddListAndEnd() {
        Locks added = client.lockAdd("XRP/USDT", Instant.parse("2099-01-01T00:00:00Z"), null, "from client");
        Lock lock = added.locks().stream().filter(l -> l.pair().equals("XRP/USDT")).findFirst().orElseThrow();
        assertThat(lock.reason()).isEqualTo("from client");
        assertThat(lock.side()).isEqualTo("*");
        assertThat(lock.active()).isTrue();
        assertThat(client.locks().locks()).extracting(Lock::id).contains(lock.id());
        assertThat(client.lockAdd("XRP/USDT", "2098-01-01 00:00:00Z", "*", null).lockCount()).isGreaterThanOrEqualTo(2);
        Locks after = client.deleteLock(lock.id());
        assertThat(after.locks()).extracting(Lock::id).doesNotContain(lock.id());
    }
}
