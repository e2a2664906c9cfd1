package dev.hertz.notify.telegram;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.Keyboard;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Bot API calls the handler makes, over the pengrad client pointed at {@code telegram.api_url}.
 * Each call is one attempt: a failure throws {@link TelegramFailure}, telling a refusal (bad
 * Markdown, unknown chat: retrying cannot help) from an outage (no answer, 5xx, flood limit).
 */
final class TelegramApi implements AutoCloseable {
    private final TelegramBot bot;
    private final long chatId;
    private final Long topicId;
    private final String[][] keyboard;
    private final boolean reload;
    private final AtomicReference<Cancellable> pendingPoll = new AtomicReference<>();

    /** A call that did not succeed; {@code retryable} when Telegram may accept it later. */
    static final class TelegramFailure extends Exception {
        private final boolean retryable;

        TelegramFailure(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }

    /**
     * @param requestTimeout how long one call may take before it counts as failed (long polls get
     *                       their poll timeout on top)
     */
    TelegramApi(String apiUrl, String token, Duration requestTimeout, long chatId, Long topicId,
                List<List<String>> keyboard, boolean reload) {
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(requestTimeout).readTimeout(requestTimeout)
                .writeTimeout(requestTimeout).callTimeout(Duration.ZERO).build();
        this.bot = new TelegramBot.Builder(token).apiUrl(apiUrl).okHttpClient(http).build();
        this.chatId = chatId;
        this.topicId = topicId;
        this.keyboard = keyboard.stream().map(row -> row.toArray(String[]::new)).toArray(String[][]::new);
        this.reload = reload;
    }

    /** {@code getMe}: checks token and connection. */
    void getMe() throws TelegramFailure {
        check(call(() -> bot.execute(new GetMe())));
    }

    /** Sends {@code reply} to the configured chat (and topic); {@code silent} = without notification sound. */
    void send(Reply reply, boolean silent) throws TelegramFailure {
        send(reply, silent, chatId, topicId);
    }

    /** Sends {@code reply} to a given chat and topic (for {@code /tg_info}, answered where it was asked). */
    void send(Reply reply, boolean silent, long chat, Long topic) throws TelegramFailure {
        SendMessage request = new SendMessage(chat, reply.text()).replyMarkup(markup(reply.markup()));
        ParseMode parseMode = mode(reply.mode());
        if (parseMode != null) {
            request.parseMode(parseMode);
        }
        if (silent) {
            request.disableNotification(true);
        }
        if (topic != null) {
            request.messageThreadId(topic);
        }
        check(call(() -> bot.execute(request)));
    }

    /**
     * Replaces the text of a sent message (Refresh buttons, pickers). Telegram's "message is not
     * modified" answer counts as success.
     */
    void edit(long chat, int messageId, String text, Reply.Mode mode, List<List<Reply.Button>> buttons)
            throws TelegramFailure {
        EditMessageText request = new EditMessageText(chat, messageId, text).replyMarkup(inline(buttons));
        ParseMode parseMode = mode(mode);
        if (parseMode != null) {
            request.parseMode(parseMode);
        }
        BaseResponse response = call(() -> bot.execute(request));
        if (!response.isOk() && response.description() != null
                && response.description().contains("message is not modified")) {
            return;
        }
        check(response);
    }

    /** {@code answerCallbackQuery}: stops the button's spinner. */
    void answer(String callbackId) throws TelegramFailure {
        check(call(() -> bot.execute(new AnswerCallbackQuery(callbackId))));
    }

    /**
     * One long poll: the updates from {@code offset} on, waiting up to {@code timeoutSeconds} for
     * one. {@link #cancelPoll()} cancels a poll in progress (it then fails).
     */
    List<Update> poll(int offset, int timeoutSeconds) throws TelegramFailure, InterruptedException {
        CompletableFuture<GetUpdatesResponse> result = new CompletableFuture<>();
        GetUpdates request = new GetUpdates().offset(offset).timeout(timeoutSeconds)
                .allowedUpdates("message", "callback_query");
        pendingPoll.set(bot.execute(request, new Callback<GetUpdates, GetUpdatesResponse>() {
            @Override
            public void onResponse(GetUpdates r, GetUpdatesResponse response) {
                result.complete(response);
            }

            @Override
            public void onFailure(GetUpdates r, IOException e) {
                result.completeExceptionally(e);
            }
        }));
        try {
            GetUpdatesResponse response = result.get();
            check(response);
            return response.updates() == null ? List.of() : response.updates();
        } catch (ExecutionException e) {
            throw new TelegramFailure(describe(e.getCause()), true, e.getCause());
        } finally {
            pendingPoll.set(null);
        }
    }

    /** Cancels the long poll in flight, if any (it then fails). */
    void cancelPoll() {
        Cancellable poll = pendingPoll.getAndSet(null);
        if (poll != null) {
            poll.cancel();
        }
    }

    @Override
    public void close() {
        cancelPoll();
        bot.shutdown();
    }

    private interface Call {
        BaseResponse run();
    }

    private static BaseResponse call(Call call) throws TelegramFailure {
        try {
            return call.run();
        } catch (RuntimeException e) {
            // pengrad wraps I/O failures and unreadable answers (an HTML error page) in RuntimeExceptions
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new TelegramFailure(describe(cause), true, cause);
        }
    }

    private static void check(BaseResponse response) throws TelegramFailure {
        if (response.isOk()) {
            return;
        }
        int code = response.errorCode();
        boolean retryable = code == 0 || code == 429 || code >= 500;
        throw new TelegramFailure("error " + code + ": " + response.description(), retryable, null);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The Bot API parse mode; null for plain text. */
    private static ParseMode mode(Reply.Mode mode) {
        return switch (mode) {
            case PLAIN -> null;
            case MARKDOWN -> ParseMode.Markdown;
            case MARKDOWN_V2 -> ParseMode.MarkdownV2;
            case HTML -> ParseMode.HTML;
        };
    }

    private Keyboard markup(Reply.Markup markup) {
        return switch (markup) {
            case Reply.Keyboard k -> new ReplyKeyboardMarkup(keyboard).resizeKeyboard(true);
            case Reply.Refresh r -> reload ? refreshButton(r.callback())
                    : new ReplyKeyboardMarkup(keyboard).resizeKeyboard(true);
            case Reply.Inline i -> inline(i.rows());
        };
    }

    private static InlineKeyboardMarkup refreshButton(String callback) {
        return new InlineKeyboardMarkup(new InlineKeyboardButton("Refresh").callbackData(callback));
    }

    private static InlineKeyboardMarkup inline(List<List<Reply.Button>> rows) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        for (List<Reply.Button> row : rows) {
            markup.addRow(row.stream().map(b -> new InlineKeyboardButton(b.text()).callbackData(b.callbackData()))
                    .toArray(InlineKeyboardButton[]::new));
        }
        return markup;
    }
}
