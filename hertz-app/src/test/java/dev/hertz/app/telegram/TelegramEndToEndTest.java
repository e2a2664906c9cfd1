package dev.hertz.app.telegram;

import dev.hertz.app.api.ApiBot;
import dev.hertz.core.config.ConfigException;
import dev.hertz.notify.telegram.TelegramStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real bot on the simulated exchange, commanded and watched through the Telegram stand-in. */
class TelegramEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void entryAndExitNotificationsStatusProfitAndForceExitAll() {
        try (TelegramBotFixture f = new TelegramBotFixture(dir)) {
            assertThat(f.command("/forcelong BTC/USDT")).isEmpty();
            TelegramStandIn.Call entry = f.api.awaitSent("New Trade (#1)");
            assertThat(entry.text()).startsWith("\uD83D\uDD35 *").contains(" (dry):* New Trade (#1)\n*Pair:* `BTC/USDT`\n",
                    "*Enter Tag:* `force_entry`\n", "*Direction:* `Long`\n");
            assertThat(entry.text()).matches("(?s).*\\n\\*Total:\\* `\\d+(\\.\\d{1,3})? USDT`");
            assertThat(f.bot.post("/forceenter", "{\"pair\": \"ETH/USDT\"}").status()).isEqualTo(200);
            f.api.awaitSent("New Trade (#2)");

            List<TelegramStandIn.Call> status = f.command("/status");
            assertThat(status).hasSize(2);
            assertThat(status.get(0).text()).startsWith("*Trade ID:* `1` `(since ").contains("*Current Pair:* BTC/USDT\n",
                    "*Direction:* `Long` ` (1.0x)`\n", "*Amount:* `", "*Open Rate:* `", "*Unrealized Profit:* `",
                    "*Stoploss:* `", "*Stoploss distance:* `");
            assertThat(status.get(1).text()).startsWith("*Trade ID:* `2`").contains("ETH/USDT");
            assertThat(f.command("/status 2")).singleElement()
                    .satisfies(c -> assertThat(c.text()).startsWith("*Trade ID:* `2`"));

            TelegramStandIn.Call table = f.command("/status table").get(0);
            assertThat(table.parseMode()).isEqualTo("HTML");
            // with the Total row the ID column holds text, so tabulate aligns it left
            assertThat(table.text()).startsWith("<pre>ID     Pair      Since    Profit (USDT)\n-----  --------  -------")
                    .contains("\n1      BTC/USDT  now      ", "\n2      ETH/USDT  now      ", "\nTotal    ")
                    .endsWith("</pre>");
            assertThat(table.callbackData()).containsExactly("update_status_table");

            assertThat(f.command("/forceexit all")).isEmpty();
            TelegramStandIn.Call exit1 = f.api.awaitSent("Exiting BTC/USDT (#1)");
            assertThat(exit1.text()).contains("*Exit Reason:* `force_exit`\n", "*Direction:* `Long`\n", "*Duration:* `");
            f.api.awaitSent("Exited BTC/USDT (#1)");
            f.api.awaitSent("Exited ETH/USDT (#2)");
            // the fill is announced while the trade is being closed
            ApiBot.awaitTrue(() -> f.bot.get("/status").body().isEmpty());

            String profit = f.reply("/profit");
            assertThat(profit).startsWith("*ROI:* Closed trades\n\u2219 `").contains("*ROI:* All trades\n",
                    "*Total Trade Count:* `2`\n", "*Win / Loss:* `", "*Winrate:* `", "*Avg. Duration:* `",
                    "*Best Performing:* `", "*Max Drawdown:* `");
            assertThat(f.reply("/status")).isEqualTo("no active trade");
        }
    }

    @Test
    void aBadCustomKeyboardStopsTheStartWithItsMessage() {
        assertThatThrownBy(() -> new TelegramBotFixture(dir, "{}", "\"keyboard\": [[\"/status\", \"/shutdown\"]]"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config.telegram.keyboard: Invalid commands for custom Telegram keyboard: "
                        + "['/shutdown']\nvalid commands are: ['/start', ");
    }
}
