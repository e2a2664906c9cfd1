package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code new-config}: writes a ready-to-use config file, asking freqtrade's questions, or fully
 * non-interactively from flags (any flag given skips its question; {@code --non-interactive}
 * takes the defaults for the rest).
 */
@Command(name = "new-config", description = "Create new config", mixinStandardHelpOptions = true)
public final class NewConfigCommand implements Callable<Integer> {
    static final List<String> EXCHANGES = List.of("sim", "binance", "binanceus", "bingx", "gate", "htx",
            "kraken", "kucoin", "okx", "other");
    private static final Set<String> FUTURES_EXCHANGES = Set.of("binance", "gate", "okx", "bybit");
    private static final Set<String> PASSWORD_EXCHANGES = Set.of("kucoin", "okx");
    private static final List<String> SIM_PAIRS = List.of("BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "ADA/USDT");
    private static final Logger LOG = LoggerFactory.getLogger(NewConfigCommand.class);

    private final AppContext ctx;

    @Option(names = {"-c", "--config"}, paramLabel = "PATH", description = "File to write (default: config.json).")
    private List<String> config;
    @Option(names = "--userdir", paramLabel = "PATH", description = "User data directory (for the default file location).")
    private Path userdir;
    @Option(names = "--non-interactive", description = "Ask nothing: use the given flags and defaults for the rest.")
    private boolean nonInteractive;
    @Option(names = "--force", description = "Overwrite an existing file without asking.")
    private boolean force;
    @Option(names = "--live", description = "Trade live instead of dry-run.")
    private Boolean live;
    @Option(names = "--stake-currency", paramLabel = "CUR")
    private String stakeCurrency;
    @Option(names = "--stake-amount", paramLabel = "AMOUNT", description = "A number or 'unlimited'.")
    private String stakeAmount;
    @Option(names = "--max-open-trades", paramLabel = "N")
    private Integer maxOpenTrades;
    @Option(names = "--timeframe", paramLabel = "TF", description = "Set the timeframe in the config (else the strategy's).")
    private String timeframe;
    @Option(names = "--fiat-display-currency", paramLabel = "CUR", description = "Empty disables fiat conversion.")
    private String fiat;
    @Option(names = "--exchange", paramLabel = "NAME")
    private String exchange;
    @Option(names = "--trading-mode", paramLabel = "MODE", description = "spot or futures.")
    private String tradingMode;
    @Option(names = "--exchange-key", paramLabel = "KEY")
    private String key;
    @Option(names = "--exchange-secret", paramLabel = "SECRET")
    private String secret;
    @Option(names = "--exchange-password", paramLabel = "PASSWORD")
    private String exchangePassword;
    @Option(names = "--telegram", negatable = true, description = "Enable Telegram.")
    private Boolean telegram;
    @Option(names = "--telegram-token", paramLabel = "TOKEN")
    private String telegramToken;
    @Option(names = "--telegram-chat-id", paramLabel = "ID")
    private String telegramChatId;
    @Option(names = "--api-server", negatable = true, description = "Enable the REST API (includes FreqUI).")
    private Boolean apiServer;
    @Option(names = "--api-listen-address", paramLabel = "IP")
    private String apiListen;
    @Option(names = "--api-username", paramLabel = "NAME")
    private String apiUsername;
    @Option(names = "--api-password", paramLabel = "PASSWORD", description = "Default: a generated random password.")
    private String apiPassword;

    public NewConfigCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path target = target();
        Prompter ask = new Prompter(new BufferedReader(new InputStreamReader(ctx.stdin(), StandardCharsets.UTF_8)), ctx.out());
        if (Files.exists(target) && !force) {
            boolean overwrite = !nonInteractive && ask.yesNo("File " + target + " already exists. Overwrite?", false);
            if (!overwrite) {
                throw new CommandException("Configuration file `" + target
                        + "` already exists. Please delete it or use a different configuration file name.");
            }
        }
        ObjectNode cfg = build(ask);
        LOG.info("Writing config to `{}`.", target);
        ConfigFiles.writeAtomically(target, cfg);
        ctx.out().println("Config written to " + target);
        if (cfg.path("api_server").path("enabled").asBoolean() && apiPassword == null) {
            ctx.out().println("API server login: " + cfg.path("api_server").path("username").asText()
                    + " / " + cfg.path("api_server").path("password").asText() + " (generated; change it in the file)");
        }
        return 0;
    }

    private Path target() {
        if (config != null && !config.isEmpty()) {
            return ctx.cwd().resolve(config.get(0));
        }
        Path inUserdir = ctx.cwd().resolve(userdir == null ? Path.of("user_data") : userdir).resolve("config.json");
        return Files.exists(inUserdir) ? inUserdir : ctx.cwd().resolve("config.json");
    }

    private ObjectNode build(Prompter ask) {
        boolean dryRun = live != null ? !live
                : nonInteractive || ask.yesNo("Do you want to enable Dry-run (simulated trades)?", true);
        String stakeCur = value(stakeCurrency, () -> ask.text("Please insert your stake currency:", "USDT",
                a -> a.matches("[A-Za-z0-9]+"), "A currency code such as USDT."), "USDT").toUpperCase();
        String stake = value(stakeAmount, () -> ask.text("Please insert your stake amount (Number or 'unlimited'):",
                "unlimited", NewConfigCommand::validStake, "Enter a positive number or 'unlimited'."), "unlimited");
        if (!validStake(stake)) {
            throw new CommandException("--stake-amount: \"" + stake + "\" is not a positive number or \"unlimited\"");
        }
        int maxTrades = maxOpenTrades != null ? maxOpenTrades : nonInteractive ? 3 : Integer.parseInt(ask.text(
                "Please insert max_open_trades (Integer or -1 for unlimited open trades):", "3",
                a -> a.matches("-1|\\d+"), "Enter a whole number, or -1."));
        if (maxTrades < -1) {
            throw new CommandException("--max-open-trades: " + maxTrades + " is less than the minimum -1");
        }
        String tf = timeframe;
        if (tf == null && !nonInteractive) {
            String how = ask.choice("Time", List.of("Have the strategy define timeframe.", "Override in configuration."),
                    "1");
            if (how.startsWith("Override")) {
                tf = ask.text("Please insert your desired timeframe (e.g. 5m):", "5m",
                        a -> a.matches("\\d+[smhdwM]"), "A timeframe such as 1m, 5m, 1h or 1d.");
            }
        }
        String fiatCur = value(fiat, () -> ask.text("Please insert your display Currency for reporting "
                + "(type none to disable FIAT conversion):", "USD", a -> true, ""), "USD");
        if (fiatCur.equalsIgnoreCase("none")) {
            fiatCur = "";
        }
        String exchangeName = exchange;
        if (exchangeName == null) {
            exchangeName = nonInteractive ? "sim" : ask.choice("Select exchange", EXCHANGES, "1");
            if (exchangeName.equals("other")) {
                exchangeName = ask.text("Type your exchange name (Must be supported by ccxt)", "",
                        a -> !a.isBlank(), "An exchange name is required.");
            }
        }
        String mode = tradingMode;
        if (mode == null) {
            mode = !nonInteractive && FUTURES_EXCHANGES.contains(exchangeName)
                    && ask.yesNo("Do you want to trade Perpetual Swaps (perpetual futures)?", false) ? "futures" : "spot";
        }
        if (!mode.equals("spot") && !mode.equals("futures")) {
            throw new CommandException("--trading-mode: \"" + mode + "\" is not one of [\"spot\", \"futures\"]");
        }

        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode cfg = json.objectNode();
        cfg.put("$schema", "https://schema.freqtrade.io/schema.json");
        cfg.put("max_open_trades", maxTrades);
        cfg.put("stake_currency", stakeCur);
        if (stake.equals("unlimited")) {
            cfg.put("stake_amount", "unlimited");
        } else {
            cfg.put("stake_amount", Double.parseDouble(stake));
        }
        cfg.put("tradable_balance_ratio", 0.99);
        if (!fiatCur.isBlank()) {
            cfg.put("fiat_display_currency", fiatCur.toUpperCase());
        }
        if (tf != null) {
            cfg.put("timeframe", tf);
        }
        cfg.put("dry_run", dryRun);
        cfg.put("dry_run_wallet", 1000);
        cfg.put("cancel_open_orders_on_exit", false);
        cfg.put("trading_mode", mode);
        cfg.put("margin_mode", mode.equals("futures") ? "isolated" : "");
        ObjectNode timeout = cfg.putObject("unfilledtimeout");
        timeout.put("entry", 10);
        timeout.put("exit", 10);
        timeout.put("exit_timeout_count", 0);
        timeout.put("unit", "minutes");
        pricing(cfg.putObject("entry_pricing"), true);
        pricing(cfg.putObject("exit_pricing"), false);
        cfg.set("exchange", exchangeSection(ask, exchangeName, dryRun));
        ArrayNode pairlists = cfg.putArray("pairlists");
        if (exchangeName.equals("sim")) {
            pairlists.addObject().put("method", "StaticPairList");
        } else {
            pairlists.addObject().put("method", "VolumePairList").put("number_assets", 20)
                    .put("sort_key", "quoteVolume").put("min_value", 0).put("refresh_period", 1800);
        }
        cfg.set("telegram", telegramSection(ask));
        cfg.set("api_server", apiSection(ask));
        cfg.put("bot_name", "hertz");
        cfg.put("initial_state", "running");
        cfg.put("force_entry_enable", false);
        cfg.putObject("internals").put("process_throttle_secs", 5);
        return cfg;
    }

    private static void pricing(ObjectNode node, boolean entry) {
        node.put("price_side", "same");
        node.put("use_order_book", true);
        node.put("order_book_top", 1);
        if (entry) {
            node.put("price_last_balance", 0.0);
            node.putObject("check_depth_of_market").put("enabled", false).put("bids_to_ask_delta", 1);
        }
    }

    private ObjectNode exchangeSection(Prompter ask, String name, boolean dryRun) {
        ObjectNode ex = JsonNodeFactory.instance.objectNode();
        ex.put("name", name);
        boolean needsKeys = !dryRun && !name.equals("sim");
        ex.put("key", value(key, () -> needsKeys ? ask.text("Insert Exchange Key", "", a -> true, "") : "", ""));
        ex.put("secret", value(secret, () -> needsKeys ? ask.text("Insert Exchange Secret", "", a -> true, "") : "", ""));
        if (exchangePassword != null || (needsKeys && PASSWORD_EXCHANGES.contains(name))) {
            ex.put("password", value(exchangePassword, () -> ask.text("Insert Exchange API Key password", "",
                    a -> true, ""), ""));
        }
        ex.putObject("ccxt_config");
        ex.putObject("ccxt_async_config");
        ArrayNode whitelist = ex.putArray("pair_whitelist");
        if (name.equals("sim")) {
            SIM_PAIRS.forEach(whitelist::add);
        }
        ex.putArray("pair_blacklist");
        return ex;
    }

    private ObjectNode telegramSection(Prompter ask) {
        boolean enabled = telegram != null ? telegram
                : telegramToken != null || (!nonInteractive && ask.yesNo("Do you want to enable Telegram?", false));
        ObjectNode tg = JsonNodeFactory.instance.objectNode();
        tg.put("enabled", enabled);
        tg.put("token", enabled ? value(telegramToken, () -> ask.text("Insert Telegram token", "",
                a -> !a.isBlank(), "The token from @BotFather is required."), "") : "");
        tg.put("chat_id", enabled ? value(telegramChatId, () -> ask.text("Insert Telegram chat id", "",
                a -> a.matches("-?\\d+"), "The numeric chat id is required."), "") : "");
        return tg;
    }

    private ObjectNode apiSection(Prompter ask) {
        boolean enabled = apiServer != null ? apiServer
                : !nonInteractive && ask.yesNo("Do you want to enable the Rest API (includes FreqUI)?", false);
        ObjectNode api = JsonNodeFactory.instance.objectNode();
        api.put("enabled", enabled);
        api.put("listen_ip_address", enabled ? value(apiListen, () -> ask.text(
                "Insert Api server Listen Address (0.0.0.0 for docker, otherwise best left untouched)", "127.0.0.1",
                a -> !a.isBlank(), "An address is required."), "127.0.0.1") : "127.0.0.1");
        api.put("listen_port", 8080);
        api.put("verbosity", "error");
        api.put("enable_openapi", false);
        api.put("jwt_secret_key", randomHex(32));
        api.put("ws_token", randomHex(16));
        api.putArray("CORS_origins");
        api.put("username", enabled ? value(apiUsername, () -> ask.text("Insert api-server username", "freqtrader",
                a -> !a.isBlank(), "A username is required."), "freqtrader") : "freqtrader");
        String generated = randomHex(12);
        api.put("password", enabled ? value(apiPassword, () -> ask.text("Insert api-server password", generated,
                a -> !a.isBlank(), "A password is required."), generated) : generated);
        return api;
    }

    private String value(String given, java.util.function.Supplier<String> question, String defaultValue) {
        if (given != null) {
            return given;
        }
        return nonInteractive ? defaultValue : question.get();
    }

    private static boolean validStake(String s) {
        if (s.equals("unlimited")) {
            return true;
        }
        try {
            return Double.parseDouble(s) >= 0.0001;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
