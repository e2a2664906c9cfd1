package dev.hertz.notify.telegram;

import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.TelegramConfig;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.core.rpc.RpcHandler;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.strategy.Frame;
import dev.hertz.notify.delivery.OutageLog;
import dev.hertz.notify.delivery.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * freqtrade's Telegram bot: commands through long polling on its own thread ({@code FTTelegram}),
 * answered from the {@link Rpc} facade, and every bot message as freqtrade's Telegram text,
 * filtered by {@code notification_settings}. {@link #sendMsg} runs on the handler's delivery
 * thread of {@code RpcManager}, so retrying a send while Telegram is down delays only the
 * following Telegram messages, never the bot.
 *
 * <p>Wiring: construct (this validates the {@code telegram} section and refuses a bad
 * {@code keyboard}), {@link #start()}, then register with the process's {@code RpcManager}, which
 * calls {@link #cleanup()} on shutdown.
 */
public final class TelegramHandler implements RpcHandler {
    /** The handler name, also its config section. */
    public static final String NAME = "telegram";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramHandler.class);

    /**
     * Network behaviour.
     *
     * @param retry            how a failed send is repeated before it is given up
     * @param requestTimeout   how long one Bot API call may take
     * @param pollTimeout      the long-poll wait of {@code getUpdates}, in seconds
     * @param pollRetryDelay   the first pause after a failed poll (doubling up to {@code maxPollRetryDelay})
     * @param maxPollRetryDelay the longest pause between failed polls
     */
    public record Options(Retry retry, Duration requestTimeout, int pollTimeout, Duration pollRetryDelay,
                          Duration maxPollRetryDelay) {
        /** Sends retried for several minutes (1 s doubling to 60 s, 14 tries), 20 s long polls. */
        public static final Options DEFAULT = new Options(new Retry(14, Duration.ofSeconds(1), Duration.ofSeconds(60)),
                Duration.ofSeconds(30), 20, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    private final TelegramConfig config;
    private final TelegramApi api;
    private final Outbox outbox;
    private final Notifications notifications;
    private final UpdatePoller poller;
    private final CommandTable commands = new CommandTable();
    private final OutageLog notifyOutage = new OutageLog(LOG, "Telegram");

    /** With {@link Options#DEFAULT}. */
    public TelegramHandler(HertzConfig config, Rpc rpc, Clock clock) {
        this(config, rpc, clock, Options.DEFAULT);
    }

    /**
     * @param config the bot's configuration ({@code telegram} section, {@code dry_run})
     * @param rpc    the facade commands are answered from
     * @throws ConfigException when the token or chat id is missing, or the keyboard holds a
     *                         button that is not an allowed command
     */
    public TelegramHandler(HertzConfig config, Rpc rpc, Clock clock, Options options) {
        this.config = config.telegram();
        if (this.config.token().isBlank()) {
            throw new ConfigException("telegram.token: a Bot API token is required when telegram.enabled is true");
        }
        long chatId;
        try {
            chatId = Long.parseLong(this.config.chatId().strip());
        } catch (NumberFormatException e) {
            throw new ConfigException("telegram.chat_id: expected a numeric chat id, got '" + this.config.chatId() + "'");
        }
        Long topic;
        try {
            topic = this.config.topicId().map(t -> Long.parseLong(t.strip())).orElse(null);
        } catch (NumberFormatException e) {
            throw new ConfigException("telegram.topic_id: expected a numeric topic id, got '"
                    + this.config.topicId().orElse("") + "'");
        }
        List<List<String>> keyboard = Keyboards.resolve(this.config.keyboard());
        if (!this.config.keyboard().isEmpty()) {
            LOG.info("using custom keyboard from config.json: {}", pythonRows(keyboard));
        }
        this.api = new TelegramApi(this.config.apiUrl(), this.config.token(), options.requestTimeout(), chatId, topic,
                keyboard, this.config.reload());
        this.outbox = new Outbox(api, options.retry());
        this.notifications = new Notifications(config.dryRun(),
                "ohlc".equals(this.config.notificationSettings().byType().get("show_candle")),
                pair -> lastCandle(rpc, pair));
        new ControlCommands(rpc).register(commands);
        StatusCommands status = new StatusCommands(rpc, clock);
        status.register(commands);
        new TradeCommands(rpc, status).register(commands);
        new StatsCommands(rpc, clock, this.config.balanceDustLevel()).register(commands);
        Optional<List<String>> authorizedUsers = config.raw().path(NAME).has("authorized_users")
                ? Optional.of(this.config.authorizedUsers()) : Optional.empty();
        UpdateDispatcher dispatcher = new UpdateDispatcher(commands,
                new Authorization(chatId, this.config.topicId().map(String::strip), authorizedUsers), api, outbox,
                clock, new OutageLog(LOG, "Telegram"));
        this.poller = new UpdatePoller(api, dispatcher::handle, options.pollTimeout(), options.pollRetryDelay(),
                options.maxPollRetryDelay());
    }

    /** Starts polling for commands. */
    public void start() {
        LOG.info("rpc.telegram is listening for following commands: {}", pythonRows(commands.groups()));
        poller.start();
    }

    private static String pythonRows(List<List<String>> rows) {
        return rows.stream().map(dev.hertz.core.util.PythonFormat::listRepr).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Optional<Notifications.Candle> lastCandle(Rpc rpc, String pair) {
        try {
            List<RpcMessage.AnalyzedDf> frames = rpc.analyzedDataframes(pair, 1);
            Frame df = frames.isEmpty() ? null : frames.get(0).data().df();
            if (df == null || df.length() == 0) {
                return Optional.empty();
            }
            return Optional.of(new Notifications.Candle(df.last(Frame.OPEN), df.last(Frame.HIGH), df.last(Frame.LOW),
                    df.last(Frame.CLOSE)));
        } catch (RpcException e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean allowCustomMessages() {
        return config.allowCustomMessages();
    }

    @Override
    public void sendMsg(RpcMessage message) {
        String type = message.type();
        String exitReason = message instanceof RpcMessage.Exit exit && exit.info().exitReason() != null
                ? exit.info().exitReason() : "";
        String setting = config.notificationSettings().setting(type, exitReason);
        if (setting.equals("off")) {
            LOG.info("Notification '{}' not sent.", type);
            return;
        }
        Optional<String> text = notifications.compose(message);
        if (text.isEmpty()) {
            LOG.debug("Unknown message type: {}", type);
            return;
        }
        outbox.send(Reply.markdown(text.get()), setting.equals("silent"), notifyOutage);
    }

    @Override
    public void cleanup() {
        poller.stop();
        api.close();
    }
}
