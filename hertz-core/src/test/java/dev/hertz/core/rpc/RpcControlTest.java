package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.persistence.CustomDataRepository;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.MarketDirection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RpcControlTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    RpcBot fx;
    Rpc rpc;

    @BeforeEach
    void setUp() {
        fx = new RpcBot(dir, null);
        rpc = fx.rpc;
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void marketDirectionIsKeptOnTheRunningStrategy() {
        assertThat(rpc.marketDirection()).isEqualTo(MarketDirection.NONE);
        rpc.updateMarketDirection(MarketDirection.EVEN);
        assertThat(rpc.marketDirection()).isEqualTo(MarketDirection.EVEN);
        assertThat(fx.bot.context().strategy().marketDirection()).isEqualTo(MarketDirection.EVEN);
    }

    @Test
    void stateTransitionsAndTheirReplies() {
        fx.control.state = BotState.STOPPED;
        assertThat(rpc.stop()).isEqualTo(new StatusMsg("already stopped"));
        assertThat(fx.control.requested).isNull();
        assertThat(rpc.stopEntry().status())
                .isEqualTo("No more entries will occur from now. Run /reload_config to reset.");
        assertThat(fx.control.requested).isNull();
        assertThat(rpc.start()).isEqualTo(new StatusMsg("starting trader ..."));
        assertThat(fx.control.requested).isEqualTo(BotState.RUNNING);

        fx.control.state = BotState.RUNNING;
        fx.control.requested = null;
        assertThat(rpc.start()).isEqualTo(new StatusMsg("already running"));
        assertThat(fx.control.requested).isNull();
        assertThat(rpc.stopEntry().status())
                .isEqualTo("No more entries will occur from now. Run /reload_config to reset.");
        assertThat(fx.control.requested).isEqualTo(BotState.PAUSED);
        assertThat(rpc.stop()).isEqualTo(new StatusMsg("stopping trader ..."));
        assertThat(fx.control.requested).isEqualTo(BotState.STOPPED);
        assertThat(rpc.reloadConfig()).isEqualTo(new StatusMsg("Reloading config ..."));
        assertThat(fx.control.requested).isEqualTo(BotState.RELOAD_CONFIG);
    }

    @Test
    void countNeedsATradingBot() {
        fx.openTrade("ETH/USDT", 0.5, 3000, "2024-03-10T11:00:00Z");
        fx.openTrade("BTC/USDT", 0.002, 65000, "2024-03-10T11:10:00Z");
        assertThat(rpc.count()).isEqualTo(new TradeCount(2, 3, 0.5 * 3000 + 0.002 * 65000));
        fx.control.state = BotState.STOPPED;
        assertThatThrownBy(rpc::count).isInstanceOf(RpcException.class).hasMessage("trader is not running");
    }

    @Test
    void statusWithoutTradesAndOfOpenTrades() {
        assertThatThrownBy(() -> rpc.tradeStatus(null)).isInstanceOf(RpcException.class).hasMessage("no active trade");
        assertThatThrownBy(() -> rpc.tradeStatus(List.of(42L))).hasMessage("no active trade");
        Trade eth = fx.openTrade("ETH/USDT", 0.5, 3000, "2024-03-10T11:00:00Z");
        List<OpenTradeJson> status = rpc.tradeStatus(null);
        assertThat(status).hasSize(1);
        OpenTradeJson s = status.get(0);
        double rate = s.currentRate();
        assertThat(rate).isPositive();
        double expectedRatio = eth.calculateProfit(rate, RpcBot.NOW).profitRatio();
        assertThat(s.trade().profitRatio()).isEqualTo(expectedRatio);
        assertThat(s.trade().profitPct()).isEqualTo(RpcFormat.round(expectedRatio * 100, 2));
        assertThat(s.trade().closeProfit()).isNull();
        assertThat(s.stoplossCurrentDist()).isEqualTo(2700 - rate);
        assertThat(s.openOrders()).isEmpty();
        JsonNode json = JSON.valueToTree(s);
        assertThat(json.path("trade_id").asLong()).isEqualTo(eth.id());
        assertThat(json.path("current_rate").asDouble()).isEqualTo(rate);
        assertThat(json.path("stoploss_current_dist_ratio").isNumber()).isTrue();
        assertThat(json.has("trade")).isFalse();
    }

    @Test
    void locksAddListDelete() {
        assertThat(rpc.locks()).isEqualTo(new Locks(0, List.of()));
        LockJson lock = rpc.addLock("ETH/USDT", Instant.parse("2024-03-10T12:30:30Z"), "manual", "*");
        // the end is rounded up to the next 1m candle
        assertThat(lock.lockEndTime()).isEqualTo("2024-03-10 12:31:00");
        assertThat(lock.lockTime()).isEqualTo("2024-03-10 12:00:00");
        rpc.addLock("BTC/USDT", Instant.parse("2024-03-10T13:00:00Z"), null, "*");
        assertThat(rpc.locks().lockCount()).isEqualTo(2);
        assertThat(rpc.deleteLock(lock.id(), "BTC/USDT").locks()).extracting(LockJson::pair)
                .containsExactly("BTC/USDT");
        assertThat(rpc.deleteLock(null, "BTC/USDT").lockCount()).isZero();
        assertThatThrownBy(() -> rpc.addLock("ETH/USDT", RpcBot.NOW, null, "up")).isInstanceOf(RpcException.class)
                .hasMessageContaining("'up'");
    }

    @Test
    void whitelistAndBlacklist() {
        WhitelistResult white = rpc.whitelist();
        assertThat(white).isEqualTo(new WhitelistResult(List.of("StaticPairList"), 2, List.of("BTC/USDT", "ETH/USDT")));
        BlacklistResult black = rpc.blacklist(List.of("DOGE/USDT", "XRP/.*", "[bad"));
        assertThat(black.blacklist()).containsExactly("DOGE/USDT", "XRP/.*");
        assertThat(black.length()).isEqualTo(2);
        assertThat(black.blacklistExpanded()).containsExactly("DOGE/USDT", "XRP/USDT");
        assertThat(black.errors()).containsExactly(
                java.util.Map.entry("DOGE/USDT", new BlacklistResult.Error("Pair DOGE/USDT already in pairlist.")),
                java.util.Map.entry("[bad", new BlacklistResult.Error("Pair [bad is not a valid wildcard.")));
        BlacklistResult deleted = rpc.blacklistDelete(List.of("XRP/.*", "SOL/USDT"));
        assertThat(deleted.blacklist()).containsExactly("DOGE/USDT");
        assertThat(deleted.errors()).containsOnlyKeys("SOL/USDT");
        assertThat(deleted.errors().get("SOL/USDT").errorMsg()).isEqualTo("Pair SOL/USDT is not in the current blacklist.");
        assertThat(JSON.valueToTree(deleted).path("errors").path("SOL/USDT").path("error_msg").asText())
                .isEqualTo("Pair SOL/USDT is not in the current blacklist.");
    }

    @Test
    void showConfigFromTheMergedConfiguration() {
        ShowConfig c = rpc.showConfig();
        assertThat(c.stakeAmount()).isEqualTo("100");
        assertThat(c.maxOpenTrades()).isEqualTo(3);
        assertThat(c.stakeCurrencyDecimals()).isEqualTo(3);
        assertThat(c.timeframe()).isEqualTo("1m");
        assertThat(c.timeframeMs()).isEqualTo(60_000);
        assertThat(c.timeframeMin()).isEqualTo(1);
        assertThat(c.stoploss()).isEqualTo(-0.02);
        assertThat(c.strategy()).isEqualTo("DemoStrategy");
        assertThat(c.botName()).isEqualTo("rpcbot");
        assertThat(c.state()).isEqualTo("running");
        assertThat(c.runmode()).isEqualTo("dry_run");
        assertThat(c.tradingMode()).isEqualTo("spot");
        assertThat(c.shortAllowed()).isFalse();
        assertThat(c.forceEntryEnable()).isTrue();
        assertThat(c.maxEntryPositionAdjustment()).isEqualTo(-1);
        JsonNode json = JSON.valueToTree(c);
        assertThat(json.path("minimal_roi").path("0").asDouble()).isEqualTo(0.006);
        assertThat(json.path("stake_currency").asText()).isEqualTo("USDT");
        assertThat(json.path("exchange").asText()).isEqualTo("sim");
        assertThat(json.path("margin_mode").asText("absent")).isEmpty();
        assertThat(json.has("strategy_version")).isTrue();
        assertThat(json.path("strategy_version").isNull()).isTrue();
        assertThat(json.path("api_version").isNull()).isTrue();
        assertThat(json.path("order_types").path("entry").asText()).isEqualTo("limit");
        assertThat(rpc.showConfig(2.5).apiVersion()).isEqualTo(2.5);
    }

    @Test
    void tradeCustomDataWithDecodedValues() {
        Trade t = fx.openTrade("ETH/USDT", 0.5, 3000, "2024-03-10T11:00:00Z");
        CustomDataRepository repo = new CustomDataRepository(fx.db);
        repo.set(t.id(), "level", 3L, RpcBot.NOW);
        repo.set(t.id(), "flags", java.util.Map.of("fast", true), RpcBot.NOW);

        List<TradeCustomData> all = rpc.tradeCustomData(t.id(), null);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).tradeId()).isEqualTo(t.id());
        assertThat(all.get(0).customData()).extracting(TradeCustomData.Entry::key, TradeCustomData.Entry::type,
                TradeCustomData.Entry::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("level", "int", 3L),
                org.assertj.core.groups.Tuple.tuple("flags", "dict", java.util.Map.of("fast", true)));
        JsonNode json = JSON.valueToTree(all.get(0));
        assertThat(json.get("trade_id").asLong()).isEqualTo(t.id());
        assertThat(json.get("custom_data").get(0).get("created_at").asText()).isEqualTo("2024-03-10T12:00:00Z");
        assertThat(json.get("custom_data").get(0).has("updated_at")).isTrue();

        assertThat(rpc.tradeCustomData(t.id(), "level").get(0).customData()).hasSize(1);
        assertThat(rpc.tradeCustomData(t.id(), "missing").get(0).customData()).isEmpty();
        assertThat(rpc.tradeCustomData(t.id(), "").get(0).customData()).hasSize(2);
        assertThatThrownBy(() -> rpc.tradeCustomData(999, null)).isInstanceOfSatisfying(RpcException.class, e -> {
            assertThat(e.kind()).isEqualTo(RpcException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).isEqualTo("No trade found for trade_id: 999");
        });
    }

    @Test
    void customDataHealthAndLogs() {
        Trade t = fx.openTrade("ETH/USDT", 0.5, 3000, "2024-03-10T11:00:00Z");
        CustomDataRepository repo = new CustomDataRepository(fx.db);
        repo.set(t.id(), "level", 3L, RpcBot.NOW);
        repo.set(t.id(), "note", "hi", RpcBot.NOW);
        assertThat(rpc.listCustomData(t.id(), null)).extracting(CustomDataJson::cdKey, CustomDataJson::cdValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("level", "3"),
                        org.assertj.core.groups.Tuple.tuple("note", "hi"));
        assertThat(rpc.listCustomData(t.id(), "note")).hasSize(1);
        assertThat(rpc.listCustomData(999, null)).isEmpty();

        Health before = rpc.health();
        assertThat(before.lastProcess()).isNull();
        assertThat(before.botStart()).isNull();
        fx.bot.startup();
        Health after = rpc.health();
        assertThat(after.botStartup()).isEqualTo(RpcBot.NOW);
        assertThat(after.botStartupTs()).isEqualTo(RpcBot.NOW.getEpochSecond());
        // the first trade's open date becomes the persisted first start
        assertThat(after.botStart()).isEqualTo(Instant.parse("2024-03-10T11:00:00Z"));

        assertThat(rpc.logs(null)).isEqualTo(new Logs(0, List.of()));
        Logs.Entry entry = new Logs.Entry("2024-03-10 12:00:00", 1.5, "x", "INFO", "m");
        assertThat(JSON.valueToTree(new Logs(1, List.of(entry))).toString())
                .isEqualTo("{\"log_count\":1,\"logs\":[[\"2024-03-10 12:00:00\",1.5,\"x\",\"INFO\",\"m\"]]}");
    }
}
