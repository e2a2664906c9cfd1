package dev.hertz.notify.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.rpc.LockJson;
import dev.hertz.core.rpc.RpcMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramNotificationsTest {
    static final Instant OPEN = Instant.parse("2024-10-20T10:00:00Z");

    static RpcMessage.EntryInfo entry(boolean subTrade, Double leverage, String tag) {
        return new RpcMessage.EntryInfo(1, tag, tag, "Binance", "ETH/BTC", leverage, "Long", 1.099e-05, 1.099e-05,
                "limit", 0.01465333, "BTC", "ETH", "BTC", null, 1333.3333333333335, OPEN, 1.099e-05, subTrade);
    }

    static RpcMessage.ExitInfo exit(String reason, double profitRatio, double profitAmount, double cumulative,
                                    boolean subTrade, boolean finalExit, Double finalRatio) {
        return new RpcMessage.ExitInfo(1, "Binance", "KEY/ETH", 1.0, "Long", profitRatio > 0 ? "profit" : "loss",
                0.00032, 0.00032, "limit", 1333.3333333333335, 0.00075, 0.00032, 0.00032, profitAmount, profitRatio,
                "buy_signal1", "buy_signal1", reason, OPEN, OPEN.plusSeconds(3600), 0.5, "ETH", "KEY", "ETH", null,
                subTrade, cumulative, finalRatio, finalExit);
    }

    static List<List<String>> keyboardTexts(JsonNode markup) {
        List<List<String>> rows = new java.util.ArrayList<>();
        markup.path("keyboard").forEach(row -> {
            List<String> texts = new java.util.ArrayList<>();
            row.forEach(b -> texts.add(b.isTextual() ? b.asText() : b.path("text").asText()));
            rows.add(texts);
        });
        return rows;
    }

    private static String deliver(HandlerFixture f, RpcMessage message) {
        f.manager.sendMsg(message);
        f.manager.sendMsg(new RpcMessage.Status("marker"));
        f.api.awaitSent("*Status:* `marker`");
        List<TelegramStandIn.Call> sent = f.api.sent();
        assertThat(sent.size()).isLessThanOrEqualTo(2);
        return sent.size() == 2 ? sent.get(0).text() : null;
    }

    @Test
    void entryAsFreqtradeWritesIt() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            f.manager.sendMsg(new RpcMessage.Entry(entry(false, 1.0, "")));
            TelegramStandIn.Call call = f.api.awaitSent("New Trade");
            assertThat(call.text()).isEqualTo("""
                    \uD83D\uDD35 *Binance (dry):* New Trade (#1)
                    *Pair:* `ETH/BTC`
                    *Amount:* `1333.33333333`
                    *Direction:* `Long`
                    *Open Rate:* `0.00001099 BTC`
                    *Current Rate:* `0.00001099 BTC`
                    *Total:* `0.01465333 BTC`""");
            assertThat(call.parseMode()).isEqualTo("Markdown");
            assertThat(call.silent()).isFalse();
            JsonNode keyboard = call.replyMarkup();
            assertThat(keyboard.path("resize_keyboard").asBoolean()).isTrue();
            assertThat(keyboardTexts(keyboard)).isEqualTo(List.of(List.of("/daily", "/profit", "/balance"),
                    List.of("/status", "/status table", "/performance"), List.of("/count", "/start", "/stop", "/help")));
        }
    }

    @Test
    void positionIncreaseWithTagAndLeverageLive() {
        try (HandlerFixture f = new HandlerFixture("{}", false)) {
            String text = deliver(f, new RpcMessage.Entry(entry(true, 3.0, "dip")));
            assertThat(text).isEqualTo("""
                    \uD83D\uDD35 *Binance:* Increasing position (#1)
                    *Pair:* `ETH/BTC`
                    *Enter Tag:* `dip`
                    *Amount:* `1333.33333333`
                    *Direction:* `Long (3x)`
                    *Open Rate:* `0.00001099 BTC`
                    *Current Rate:* `0.00001099 BTC`
                    *New Total:* `0.01465333 BTC`""");
        }
    }

    @Test
    void entryFillIsOffByDefaultAndOnWhenConfigured() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            assertThat(deliver(f, new RpcMessage.EntryFill(entry(false, 1.0, "")))).isNull();
        }
        try (HandlerFixture f = new HandlerFixture("{\"notification_settings\": {\"entry_fill\": \"on\"}}")) {
            assertThat(deliver(f, new RpcMessage.EntryFill(entry(false, 1.0, "")))).isEqualTo("""
                    \u2713 *Binance (dry):* New Trade filled (#1)
                    *Pair:* `ETH/BTC`
                    *Amount:* `1333.33333333`
                    *Direction:* `Long`
                    *Open Rate:* `0.00001099 BTC`
                    *Total:* `0.01465333 BTC`""");
        }
    }

    @Test
    void stoplossExitAsFreqtradeWritesIt() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            String text = deliver(f, new RpcMessage.Exit(exit("stop_loss", -0.57405275, -0.05746268, -0.05746268,
                    false, true, -0.57405275)));
            assertThat(text).isEqualTo("""
                    \u26A0 *Binance (dry):* Exiting KEY/ETH (#1)
                    *Unrealized Profit:* `-57.41% (loss: -0.05746 ETH)`
                    *Enter Tag:* `buy_signal1`
                    *Exit Reason:* `stop_loss`
                    *Direction:* `Long`
                    *Amount:* `1333.33333333`
                    *Open Rate:* `0.00075 ETH`
                    *Current Rate:* `0.00032 ETH`
                    *Exit Rate:* `0.00032 ETH`
                    *Duration:* `1:00:00 (60.0 min)`""");
        }
    }

    @Test
    void exitEmojiFollowsProfitAndReason() {
        try (HandlerFixture f = new HandlerFixture("{}")) {
            assertThat(deliver(f, new RpcMessage.Exit(exit("roi", 0.06, 0.1, 0.1, false, true, 0.06))))
                    .startsWith("\uD83D\uDE80 ");
        }
        try (HandlerFixture f = new HandlerFixture("{}")) {
            assertThat(deliver(f, new RpcMessage.Exit(exit("roi", 0.0, 0.0, 0.0, false, true, 0.0))))
                    .startsWith("\u2733 ");
        }
        try (HandlerFixture f = new HandlerFixture("{}")) {
            assertThat(deliver(f, new RpcMessage.Exit(exit("exit_signal", -0.01, -0.1, -0.1, false, true, -0.01))))
                    .startsWith("\u274C ");
        }
    }

    @Test
    void partialExitAndFinalExitAfterPartials() {
        try (HandlerFixture f = new HandlerFixture("{\"notification_settings\": {\"exit_fill\": \"on\"}}")) {
            String partial = deliver(f, new RpcMessage.Exit(exit("partial_exit", 0.02, 0.01, 0.01, true, false, null)));
            assertThat(partial).startsWith("\u2733 *Binance (dry):* Partially exiting KEY/ETH (#1)\n"
                    + "*Unrealized Sub Profit:* `2.00% (profit: 0.01 ETH)`\n"
                    + "*Cumulative Profit:* `0.01 ETH`\n");
            assertThat(partial).endsWith("*Exit Rate:* `0.00032 ETH`\n*Remaining:* `0.5 ETH`");
        }
        try (HandlerFixture f = new HandlerFixture("{}")) {
            String fin = deliver(f, new RpcMessage.ExitFill(exit("roi", 0.03, 0.02, 0.05, false, true, 0.12)));
            assertThat(fin).startsWith("\u2733 *Binance (dry):* Exited KEY/ETH (#1)\n"
                    + "*Sub Profit:* `3.00% (profit: 0.02 ETH)`\n"
                    + "*Final Profit:* `12.00% (0.05000000 ETH)`\n");
            assertThat(fin).contains("*Open Rate:* `0.00075 ETH`\n*Exit Rate:* `0.00032 ETH`\n*Duration:*")
                    .doesNotContain("Current Rate");
        }
    }

    @Test
    void exitSettingsPerReasonWithSilent() {
        String settings = "{\"notification_settings\": {\"exit\": {\"roi\": \"off\", \"stop_loss\": \"silent\"}}}";
        try (HandlerFixture f = new HandlerFixture(settings)) {
            f.manager.sendMsg(new RpcMessage.Exit(exit("roi", 0.06, 0.1, 0.1, false, true, 0.06)));
            f.manager.sendMsg(new RpcMessage.Exit(exit("stop_loss", -0.1, -0.1, -0.1, false, true, -0.1)));
            f.manager.sendMsg(new RpcMessage.Exit(exit("force_exit", 0.01, 0.01, 0.01, false, true, 0.01)));
            f.api.awaitSent("force_exit");
            assertThat(f.api.sent()).satisfiesExactly(
                    c -> assertThat(c.text()).contains("`stop_loss`").satisfies(t -> assertThat(c.silent()).isTrue()),
                    c -> assertThat(c.silent()).isFalse());
        }
    }

    @Test
    void statusWarningExceptionStartupStrategyMessages() {
        String settings = "{\"notification_settings\": {\"warning\": \"silent\", \"startup\": \"off\"}}";
        try (HandlerFixture f = new HandlerFixture(settings)) {
            f.manager.sendMsg(new RpcMessage.Warning("3 open trades active."));
            f.manager.sendMsg(new RpcMessage.Startup("*Exchange:* `binance`"));
            f.manager.sendMsg(new RpcMessage.ExceptionMsg("*OperationalException:*\n```\nboom```"));
            f.manager.sendMsg(new RpcMessage.StrategyMsg("hello from the strategy"));
            f.manager.sendMsg(new RpcMessage.Whitelist(List.of("ETH/BTC")));
            f.manager.sendMsg(new RpcMessage.NewCandle(new RpcMessage.PairKey("ETH/BTC", "5m", "spot")));
            f.manager.sendMsg(new RpcMessage.Status("running"));
            f.api.awaitSent("*Status:* `running`");
            assertThat(f.api.sent()).extracting(TelegramStandIn.Call::text).containsExactly(
                    "\u26A0 *Warning:* `3 open trades active.`",
                    "\u26A0 *ERROR:* \n *OperationalException:*\n```\nboom```",
                    "hello from the strategy",
                    "*Status:* `running`");
            assertThat(f.api.sent().get(0).silent()).isTrue();
        }
    }

    @Test
    void customMessagesCanBeDisallowed() {
        try (HandlerFixture f = new HandlerFixture("{\"allow_custom_messages\": false}")) {
            assertThat(deliver(f, new RpcMessage.StrategyMsg("hello"))).isNull();
        }
    }

    @Test
    void cancelAndProtectionMessages() {
        LockJson lock = new LockJson(4L, "ETH/BTC", "2024-10-20 10:00:00", 0, "2024-10-20 11:00:00", 0,
                "Stoploss guard", "*", true);
        LockJson global = new LockJson(5L, "*", "2024-10-20 10:00:00", 0, "2024-10-20 12:00:00", 0,
                "Max drawdown", "*", true);
        try (HandlerFixture f = new HandlerFixture("{\"notification_settings\": {\"protection_trigger_global\": \"off\"}}")) {
            f.manager.sendMsg(new RpcMessage.EntryCancel(entry(false, 1.0, ""), "cancelled due to timeout"));
            f.manager.sendMsg(new RpcMessage.ExitCancel(1, "Binance", "KEY/ETH", 1.0, "Long", "loss", 0, "limit", 1,
                    0.00075, 0.0007, -0.01, -0.01, null, null, "roi", OPEN, OPEN, "ETH", "KEY", "ETH", null,
                    "cancelled on exchange", true, 0.5));
            f.manager.sendMsg(new RpcMessage.ProtectionTrigger("ETH", lock));
            f.manager.sendMsg(new RpcMessage.ProtectionTriggerGlobal("ETH", global));
            f.manager.sendMsg(new RpcMessage.Status("done"));
            f.api.awaitSent("*Status:* `done`");
            assertThat(f.api.sent()).extracting(TelegramStandIn.Call::text).containsExactly(
                    "\u26A0 *Binance (dry):* Cancelling enter Order for ETH/BTC (#1). Reason: cancelled due to timeout.",
                    "\u26A0 *Binance (dry):* Cancelling partial exit Order for KEY/ETH (#1). Reason: cancelled on exchange.",
                    "*Protection* triggered due to Stoploss guard. `ETH/BTC` will be locked until `2024-10-20 11:00:00`.",
                    "*Status:* `done`");
        }
        try (HandlerFixture f = new HandlerFixture("{}")) {
            assertThat(deliver(f, new RpcMessage.ProtectionTriggerGlobal("ETH", global))).isEqualTo(
                    "*Protection* triggered due to Max drawdown. *All pairs* will be locked until `2024-10-20 12:00:00`.");
        }
    }
}
