package dev.hertz.app.telegram;

import dev.hertz.app.api.ApiBot;
import dev.hertz.notify.telegram.TelegramStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command family against a real bot: replies as freqtrade writes them, argument variants, errors. */
class TelegramCommandsTest {
    @TempDir
    Path dir;

    private static void closedTrade(TelegramBotFixture f, String pair) {
        ApiBot.Reply entered = f.bot.post("/forceenter", "{\"pair\": \"" + pair + "\"}");
        assertThat(entered.status()).as(entered.text()).isEqualTo(200);
        long id = entered.body().get("trade_id").asLong();
        f.bot.post("/forceexit", "{\"tradeid\": " + id + ", \"ordertype\": \"market\"}");
    }

    @Test
    void statisticsAndTables() {
        try (TelegramBotFixture f = new TelegramBotFixture(dir)) {
            closedTrade(f, "BTC/USDT");

            TelegramStandIn.Call trades = f.command("/trades").get(0);
            assertThat(trades.parseMode()).isEqualTo("HTML");
            assertThat(trades.text()).startsWith("<b>1 recent trades</b>:\n<pre>Close Date    Pair (ID)      Profit (USDT)\n")
                    .contains("\nnow           BTC/USDT (#1)  -0.20% (-0.0");

            TelegramStandIn.Call performance = f.command("/performance").get(0);
            assertThat(performance.text()).matches("<b>Performance:</b>\n1\\.\t <code>BTC/USDT\t-0\\.\\d+ USDT "
                    + "\\(-0\\.20%\\) \\(1\\)</code>\n");
            assertThat(performance.callbackData()).containsExactly("update_performance");

            assertThat(f.reply("/entries")).startsWith("*Entry Tag Performance:*\n1.\t `force_entry\t-0.0");
            assertThat(f.reply("/buys ETH/USDT")).isEqualTo("*Entry Tag Performance:*\n");
            assertThat(f.reply("/exits BTC/USDT")).startsWith("*Exit Reason Performance:*\n1.\t `force_exit\t");
            assertThat(f.reply("/sells")).startsWith("*Exit Reason Performance:*\n1.\t `force_exit\t");
            assertThat(f.reply("/trades 5")).startsWith("<b>1 recent trades</b>:\n<pre>");
            assertThat(f.reply("/mix_tags")).startsWith("*Mix Tag Performance:*\n1.\t `force_entry force_exit\t")
                    .endsWith("(-0.20%) (1)`\n");

            assertThat(f.reply("/stats")).isEqualTo("""
                    ```
                    Exit Reason      Exits    Wins    Losses
                    -------------  -------  ------  --------
                    Force Exit           1       0         1```
                    ```
                            Avg. Duration
                    ------  ---------------
                    Wins    N/A
                    Losses  0:00:00```""");

            TelegramStandIn.Call daily = f.command("/daily 3").get(0);
            // without a fiat currency the fiat cells read "0.00 ", a number to tabulate, hence "0"
            assertThat(daily.text()).startsWith("<b>Daily Profit over the last 3 days</b>:\n<pre>Day (count)     USDT"
                    + "             Profit %\n").contains("\n2024-05-06 (1)  -0.041 USDT   0  -0.00%",
                    "\n2024-05-05 (0)  0 USDT        0  0.00%").endsWith("</pre>");
            assertThat(daily.text().split("\n")).hasSize(6);
            assertThat(daily.callbackData()).containsExactly("update_daily");
            assertThat(f.reply("/daily x")).startsWith("<b>Daily Profit over the last 7 days</b>");
            assertThat(f.reply("/daily 0")).isEqualTo("timescale must be an integer greater than 0");
            assertThat(f.reply("/weekly")).startsWith("<b>Weekly Profit over the last 8 weeks (starting from Monday)</b>"
                    + ":\n<pre>Monday (count)").contains("\n2024-05-06 (1) ");
            assertThat(f.reply("/monthly 2")).startsWith("<b>Monthly Profit over the last 2 months</b>:\n<pre>Month (count)")
                    .contains("\n2024-05 (1)  ", "\n2024-04 (0)  ");

            assertThat(f.reply("/count")).isEqualTo("""
                    <pre>  current    max    total stake
                    ---------  -----  -------------
                            0      3              0</pre>""");

            TelegramStandIn.Call balance = f.command("/balance").get(0);
            assertThat(balance.text()).startsWith("*Warning:* Simulated balances in Dry Mode.\nStarting capital: `1000 USDT`.\n"
                    + "*USDT:*\n\t`Available: 999.9").contains("\t`Bot Owned: 989.9")
                    .endsWith("\n*Estimated Value (Bot managed assets only)*:\n\t`USDT: 989.96` `(-1.00%)`\n\t`: 0` `(-1.00%)`\n");
            assertThat(balance.callbackData()).containsExactly("update_balance");
            assertThat(f.reply("/balance full")).contains("\n*Estimated Value*:\n\t`USDT: ");

            assertThat(f.reply("/order 1")).startsWith("*Order List for Trade #*`1`\n  \n*Entry #1:*\n*Amount:* 0.00029 (")
                    .contains("\n*Average Price:* ", "\n  \n*Exit #2:*\n*Amount:* 0.00029 (",
                            "*Average Exit Price:* ", "from 1st entry rate)\n*Order Filled:* 2024-05-06 ");

            String profit = f.reply("/profit 1");
            assertThat(profit).contains("*First Trade opened:* `", "*Total Trade Count:* `1`");
            assertThat(f.reply("/profit 3")).contains("*Showing Profit since:* `");
            assertThat(f.reply("/profit soon")).contains("*First Trade opened:* `");
        }
    }

    @Test
    void controlListsLocksAndInformation() {
        try (TelegramBotFixture f = new TelegramBotFixture(dir)) {
            assertThat(f.reply("/whitelist")).isEqualTo("Using whitelist `['StaticPairList']` with 4 pairs\n"
                    + "`BTC/USDT, ETH/USDT, SOL/USDT, XRP/USDT`");
            assertThat(f.reply("/whitelist sorted baseonly")).endsWith("\n`BTC, ETH, SOL, XRP`");
            assertThat(f.reply("/whitelist baseonly")).isEqualTo("Using whitelist `['StaticPairList']` with 4 pairs\n"
                    + "`BTC, ETH, SOL, XRP`");

            assertThat(f.reply("/blacklist DOGE/USDT")).isEqualTo("Blacklist contains 1 pairs\n`DOGE/USDT`");
            assertThat(f.command("/blacklist DOGE/USDT")).extracting(TelegramStandIn.Call::text).containsExactly(
                    "Error: Pair DOGE/USDT already in pairlist.", "Blacklist contains 1 pairs\n`DOGE/USDT`");
            assertThat(f.command("/bl_delete DOGE/USDT NOPE/USDT")).extracting(TelegramStandIn.Call::text)
                    .containsExactly("Error: Pair NOPE/USDT is not in the current blacklist.",
                            "Blacklist contains 0 pairs\n``");

            assertThat(f.reply("/blacklist_delete")).isEqualTo("Blacklist contains 0 pairs\n``");
            assertThat(f.reply("/locks")).isEqualTo("No active locks.");
            f.bot.post("/locks", "[{\"pair\": \"XRP/USDT\", \"until\": \"2099-01-01 00:00:00Z\", \"reason\": \"a<b\"}]");
            assertThat(f.reply("/locks")).isEqualTo("""
                    <pre>  ID  Pair      Until                Reason
                    ----  --------  -------------------  --------
                       1  XRP/USDT  2099-01-01 00:01:00  a&lt;b</pre>""");
            assertThat(f.reply("/unlock")).contains("XRP/USDT");
            assertThat(f.reply("/delete_locks XRP/USDT")).isEqualTo("No active locks.");

            assertThat(f.reply("/show_config")).startsWith("*Mode:* `Dry-run`\n*Exchange:* `sim`\n*Market: * `spot`\n"
                    + "*Stake per trade:* `20 USDT`\n*Max open Trades:* `3`\n*Minimum ROI:* `{'0': 10.0}`\n"
                    + "*Entry strategy:* ```\n{\"price_side\": \"other\", ").contains("}```\n*Exit strategy:* ```\n{")
                    .endsWith("```\n*Stoploss:* `-0.5`\n*Position adjustment:* Off\n*Timeframe:* `1m`\n"
                            + "*Strategy:* `ApiTestStrategy`\n*Current state:* `running`");
            assertThat(f.reply("/show_conf")).startsWith("*Mode:* `Dry-run`");
            assertThat(f.reply("/health")).matches("Last process: `\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d`\n"
                    + "Initial bot start: `[-\\d :]+`\nLast bot restart: `[-\\d :]+`");
            TelegramStandIn.Call logs = f.command("/logs 2").get(0);
            assertThat(logs.parseMode()).isEqualTo("MarkdownV2");
            assertThat(logs.text().split("\n")).hasSize(2).allMatch(l -> l.matches("\\*\\d{4}\\\\-.*\\* .*: [A-Z]+ \\\\- `.*`"));
            assertThat(f.command("/logs").get(0).text().split("\n")).hasSizeBetween(1, 10);
            assertThat(f.reply("/edge")).isEqualTo("Edge is not enabled.");
            assertThat(f.reply("/help")).startsWith("_Bot Control_\n------------\n*/start:* `Starts the trader`\n")
                    .contains("*/fx <trade_id>|all:* `Alias to /forceexit`\n*/forcelong <pair> [<rate>]:* `Instantly buys")
                    .doesNotContain("/forceshort").endsWith("*/version:* `Show version`");

            assertThat(f.reply("/marketdir")).isEqualTo("Currently set market direction: *none*");
            assertThat(f.reply("/marketdir long")).isEqualTo("Successfully updated market direction from *none* to *long*.");
            assertThat(f.reply("/marketdir")).isEqualTo("Currently set market direction: *long*");
            assertThat(f.reply("/marketdir up")).isEqualTo("Invalid market direction provided. \n"
                    + "Valid market directions: *long, short, even, none*");
            assertThat(f.reply("/marketdir long short")).isEqualTo("Invalid usage of command /marketdir. \n"
                    + "Usage: */marketdir [short |  long | even | none]*");

            assertThat(f.reply("/stop")).isEqualTo("Status: `stopping trader ...`");
            f.api.awaitSent("*Status:* `stopped`");
            assertThat(f.reply("/count")).isEqualTo("trader is not running");
            TelegramStandIn.Call refused = f.command("/forcelong BTC/USDT").get(0);
            assertThat(refused.text()).isEqualTo("trader is not running");
            assertThat(refused.parseMode()).isEqualTo("HTML");
            assertThat(f.reply("/stop")).isEqualTo("Status: `already stopped`");
            assertThat(f.reply("/start")).isEqualTo("Status: `starting trader ...`");
            f.api.awaitSent("*Status:* `running`");
            assertThat(f.reply("/stopbuy")).isEqualTo("Status: `No more entries will occur from now. Run /reload_config "
                    + "to reset.`");
            assertThat(f.reply("/reload_conf")).isEqualTo("Status: `Reloading config ...`");
            f.api.awaitSent("*Status:* `config reloaded`");
        }
    }

    @Test
    void tradeActionsAndTheirArgumentErrors() {
        try (TelegramBotFixture f = new TelegramBotFixture(dir)) {
            assertThat(f.command("/forcebuy NOPE/USDT")).extracting(TelegramStandIn.Call::text)
                    .containsExactly("Symbol does not exist or market is not active.");
            assertThat(f.reply("/forceshort BTC/USDT")).isEqualTo("Can't go short on Spot markets.");
            assertThat(f.command("/forcelong SOL/USDT 1.5x")).isEmpty();
            assertThat(f.command("/forcelong SOL/USDT")).isEmpty();
            f.api.awaitSent("New Trade (#1)");
            assertThat(f.reply("/forcelong SOL/USDT")).isEqualTo("position for SOL/USDT already open - id: 1");

            assertThat(f.reply("/forceexit 99")).isEqualTo("invalid argument");
            assertThat(f.reply("/fx x")).isEqualTo("invalid argument");
            assertThat(f.command("/forcesell 1")).isEmpty();
            f.api.awaitSent("Exited SOL/USDT (#1)");
            // the fill is announced while the trade is being closed
            ApiBot.awaitTrue(() -> f.bot.get("/status").body().isEmpty());
            assertThat(f.reply("/forceexit")).isEqualTo("No open trade found.");

            assertThat(f.command("/forcelong XRP/USDT 0.0001")).isEmpty();
            f.api.awaitSent("New Trade (#2)");
            assertThat(f.reply("/status table")).contains("\n   2  XRP/USDT*  ");
            assertThat(f.reply("/order 2")).isEqualTo("*Order List for Trade #*`2`\n");
            assertThat(f.reply("/cancel_open_order 2")).isEqualTo("Open order canceled.");
            assertThat(f.api.awaitSent("Cancelling enter Order for XRP/USDT (#2)").text())
                    .contains("Reason: user requested order cancel");

            assertThat(f.reply("/reload_trade")).isEqualTo("Trade-id not set.");
            assertThat(f.reply("/reload_trade 1")).isEqualTo("Status: `Reloaded from orders from exchange`");
            assertThat(f.reply("/reload_trade 9")).isEqualTo("Could not find trade with id 9.");
            assertThat(f.reply("/coo")).isEqualTo("Trade-id not set.");
            assertThat(f.reply("/cancel_open_order 1")).isEqualTo("Invalid trade_id.");
            assertThat(f.reply("/list_custom_data 1")).isEqualTo("Didn't find any custom-data entries for Trade ID: `1`");
            assertThat(f.reply("/list_custom_data 1 k")).isEqualTo(
                    "Didn't find any custom-data entries for Trade ID: `1` and Key: `k`.");
            assertThat(f.reply("/status 1")).startsWith("*Trade ID:* `1`\n*Current Pair:* SOL/USDT\n")
                    .contains("*Close Rate:* `", "*Close Date:* `", "*Close Profit: *`", "*Exit Reason:* `force_exit`")
                    .doesNotContain("Stoploss");

            assertThat(f.command("/delete abc")).isEmpty();
            assertThat(f.reply("/delete")).isEqualTo("Trade-id not set.");
            assertThat(f.reply("/delete 1")).isEqualTo("`Deleted trade 1. Closed 0 open orders.`\n"
                    + "Please make sure to take care of this asset on the exchange manually.");
            assertThat(f.reply("/delete 1")).isEqualTo("invalid argument");
            assertThat(f.reply("/trades")).isEqualTo("<b>0 recent trades</b>:\n");
            assertThat(f.reply("/profit")).startsWith("No trades yet.\n*Bot started:* `");
        }
    }
}
