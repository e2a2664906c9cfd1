package dev.hertz.notify.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.notify.delivery.OutageLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Handles one update at a time: a {@code /command} message, a Refresh button (the original
 * message is edited in place) or a picker button. Unauthorised updates get no answer.
 */
final class UpdateDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);
    /** Python's {@code ctime()}: {@code Fri Oct  4 09:05:03 2024}. */
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private final CommandTable commands;
    private final Authorization authorization;
    private final TelegramApi api;
    private final Outbox outbox;
    private final Clock clock;
    private final OutageLog outage;

    UpdateDispatcher(CommandTable commands, Authorization authorization, TelegramApi api, Outbox outbox, Clock clock,
                     OutageLog outage) {
        this.commands = commands;
        this.authorization = authorization;
        this.api = api;
        this.outbox = outbox;
        this.clock = clock;
        this.outage = outage;
    }

    void handle(Update update) {
        if (update.message() != null) {
            onMessage(update.message());
        } else if (update.callbackQuery() != null) {
            onCallback(update.callbackQuery());
        }
    }

    private void onMessage(Message message) {
        String text = message.text();
        if (text == null || !text.startsWith("/")) {
            return;
        }
        List<String> tokens = Arrays.stream(text.strip().split("\\s+")).toList();
        String name = tokens.get(0).substring(1).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        List<String> args = tokens.subList(1, tokens.size());
        Long chat = message.chat() == null ? null : message.chat().id();
        if (name.equals("tg_info")) {
            tgInfo(message);
            return;
        }
        Optional<Command> command = commands.command(name);
        if (command.isEmpty() || !authorization.allows(chat, message.messageThreadId(), message.from())) {
            return;
        }
        LOG.debug("Executing handler: {} for chat_id: {}", name, chat);
        send(run(command.get(), args));
    }

    /** Runs a command; an {@link RpcException} becomes its text as the reply, other failures are logged only. */
    private List<Reply> run(Command command, List<String> args) {
        try {
            return command.run(args);
        } catch (RpcException e) {
            return List.of(Reply.markdown(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Exception occurred within Telegram module", e);
            return List.of();
        }
    }

    private void send(List<Reply> replies) {
        for (Reply reply : replies) {
            outbox.send(reply, false, outage);
        }
    }

    private void onCallback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.maybeInaccessibleMessage();
        String data = query.data();
        if (message == null || data == null || message.chat() == null) {
            return;
        }
        long chat = message.chat().id();
        Long thread = message instanceof Message m ? m.messageThreadId() : null;
        if (!authorization.allows(chat, thread, query.from())) {
            return;
        }
        Optional<Command> refresh = commands.refresh(data);
        if (refresh.isPresent()) {
            refresh(refresh.get(), chat, message.messageId());
            return;
        }
        Optional<Function<String, ButtonOutcome>> button = commands.button(data);
        if (button.isEmpty()) {
            return;
        }
        ButtonOutcome outcome;
        try {
            outcome = button.get().apply(data);
        } catch (RuntimeException e) {
            LOG.error("Exception occurred within Telegram module", e);
            return;
        }
        if (outcome == null) {
            return;
        }
        outbox.deliver("answerCallbackQuery", outage, () -> api.answer(query.id()));
        outbox.deliver("editMessageText", outage,
                () -> api.edit(chat, message.messageId(), outcome.editText(), Reply.Mode.PLAIN, List.of()));
        send(run(() -> outcome.then().get()));
    }

    private static List<Reply> run(Supplier<List<Reply>> action) {
        try {
            return action.get();
        } catch (RpcException e) {
            return List.of(Reply.markdown(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Exception occurred within Telegram module", e);
            return List.of();
        }
    }

    /**
     * A Refresh button: the command runs again without arguments and its (last) reply replaces
     * the message, stamped with the time; earlier parts of a long reply go out as new messages.
     */
    private void refresh(Command command, long chat, int messageId) {
        List<Reply> replies;
        try {
            replies = command.run(List.of());
        } catch (RpcException e) {
            send(List.of(Reply.markdown(e.getMessage())));
            return;
        } catch (RuntimeException e) {
            LOG.error("Exception occurred within Telegram module", e);
            return;
        }
        if (replies.isEmpty()) {
            return;
        }
        send(replies.subList(0, replies.size() - 1));
        Reply last = replies.get(replies.size() - 1);
        String text = last.text() + "\nUpdated: " + CTIME.format(clock.instant().atZone(ZoneId.systemDefault()));
        List<List<Reply.Button>> buttons = last.markup() instanceof Reply.Refresh r
                ? List.of(List.of(new Reply.Button("Refresh", r.callback()))) : List.of();
        outbox.deliver("editMessageText", outage, () -> api.edit(chat, messageId, text, last.mode(), buttons));
    }

    /**
     * {@code /tg_info}: deliberately open to anyone, answered in the chat (and topic) it came
     * from, so a user can learn the ids to put in the config.
     */
    private void tgInfo(Message message) {
        if (message.chat() == null) {
            return;
        }
        long chat = message.chat().id();
        Long topic = message.messageThreadId();
        boolean inTopic = topic != null && Boolean.TRUE.equals(message.isTopicMessage());
        StringBuilder json = new StringBuilder("{\n    \"enabled\": true,\n    \"token\": \"********\",\n"
                + "    \"chat_id\": \"" + chat + "\"");
        if (inTopic) {
            json.append(",\n    \"topic_id\": \"").append(topic).append('"');
            String user = message.from() == null ? "" : String.valueOf(message.from().id());
            json.append(",\n    //\"authorized_users\": [\"").append(user).append("\"]");
        }
        json.append("\n}");
        String text = "Freqtrade Bot Info:\n```json\n" + ControlCommands.escapeMarkdownV2Code(json.toString()) + "\n```";
        Reply reply = new Reply(text, Reply.Mode.MARKDOWN_V2, new Reply.Keyboard());
        outbox.deliver("sendMessage", outage, () -> api.send(reply, false, chat, inTopic ? topic : null));
    }
}
