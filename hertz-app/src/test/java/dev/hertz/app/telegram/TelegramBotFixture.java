package dev.hertz.app.telegram;

import dev.hertz.app.AppContext;
import dev.hertz.app.NotifyService;
import dev.hertz.app.api.ApiBot;
import dev.hertz.core.logging.LoggingSetup;
import dev.hertz.notify.telegram.TelegramStandIn;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A dry-run bot on the simulated exchange ({@link ApiBot}) with the Telegram handler wired as
 * {@code trade} wires it ({@link NotifyService}), talking to a {@link TelegramStandIn}.
 */
final class TelegramBotFixture implements AutoCloseable {
    static final long CHAT = 5_550_001L;
    static final long USER = 7_770_001L;

    final TelegramStandIn api = new TelegramStandIn();
    final ApiBot bot;

    /** @param overrides config JSON merged over ApiBot's; {@code telegramExtra} is merged into the telegram section */
    TelegramBotFixture(Path dir, String overrides, String telegramExtra) {
        String telegram = """
                {"enabled": true, "token": "%s", "chat_id": "%d", "api_url": "%s"%s}
                """.formatted(TelegramStandIn.TOKEN, CHAT, api.apiUrl(),
                telegramExtra.isBlank() ? "" : ", " + telegramExtra);
        String merged = overrides.strip().equals("{}") ? "{\"telegram\": " + telegram + "}"
                : overrides.strip().replaceFirst("}$", ", \"telegram\": " + telegram + "}");
        bot = new ApiBot(dir, merged);
        AppContext ctx = new AppContext(LoggingSetup.install(), InputStream.nullInputStream(),
                new PrintStream(PrintStream.nullOutputStream()), Map.of(), dir);
        try {
            NotifyService.register(ctx, bot.runner());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        api.awaitPolling();
    }

    TelegramBotFixture(Path dir) {
        this(dir, "{}", "");
    }

    /**
     * Sends {@code text} as the user and returns the messages the bot sent before it answered a
     * following {@code /version} (updates are handled in order), so a command with no reply
     * returns an empty list. Notifications the command causes may arrive later; await them.
     */
    List<TelegramStandIn.Call> command(String text) {
        int before = api.sent().size();
        long versions = api.sent().stream().filter(c -> c.text().startsWith("*Version:*")).count();
        api.message(CHAT, USER, text);
        api.message(CHAT, USER, "/version");
        TelegramStandIn.awaitTrue(() -> api.sent().stream().filter(c -> c.text().startsWith("*Version:*")).count()
                > versions + (text.startsWith("/version") ? 1 : 0), "the reply to " + text);
        List<TelegramStandIn.Call> sent = api.sent();
        int sentinel = sent.size() - 1;
        while (!sent.get(sentinel).text().startsWith("*Version:*")) {
            sentinel--;
        }
        return sent.subList(before, sentinel).stream().filter(c -> !isNotification(c.text())).toList();
    }

    /**
     * Bot notifications (they start with freqtrade's emoji, {@code *Status:*} or a start-up text), as
     * opposed to command replies.
     */
    static boolean isNotification(String text) {
        return List.of("\uD83D\uDD35", "\u2713", "\uD83D\uDE80", "\u2733", "\u274C", "\u26A0", "*Status:*",
                "*Exchange:*", "Searching for ", "Using Protections").stream().anyMatch(text::startsWith);
    }

    /** The text of the single reply to {@code text}. */
    String reply(String text) {
        List<TelegramStandIn.Call> replies = command(text);
        if (replies.size() != 1) {
            throw new AssertionError("expected one reply to " + text + ", got " + replies.stream()
                    .map(TelegramStandIn.Call::text).toList());
        }
        return replies.get(0).text();
    }

    @Override
    public void close() {
        bot.close();
        bot.runner().rpc().close();
        api.close();
    }
}
