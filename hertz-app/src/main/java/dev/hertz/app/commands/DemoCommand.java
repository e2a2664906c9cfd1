package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.ApiService;
import dev.hertz.app.NotifyService;
import dev.hertz.app.AppContext;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.app.BotAssembly;
import dev.hertz.app.BotRunner;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.config.UserDataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.concurrent.Callable;

/**
 * {@code demo}: a ready-made dry-run bot on the simulated exchange, running fast enough that
 * trades appear within a minute. Writes {@code <userdir>/config-demo.json} the first time and
 * reuses it (with its trades database) afterwards, so a restart continues the same demo.
 */
@Command(name = "demo", description = "Run a dry-run demo bot on the simulated exchange.", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
    static final String CONFIG_FILE = "config-demo.json";
    /** Simulated seconds per real second: a 1m candle closes every second. */
    static final double SPEED = 60;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    private final AppContext ctx;

    @Option(names = {"--userdir", "--user-data-dir"}, paramLabel = "PATH", defaultValue = "user_data",
            description = "User data directory (default: user_data).")
    private Path userdir;
    @Option(names = {"-v", "--verbose"}, description = "Verbose mode (-vv for more, -vvv to get all messages).")
    private boolean[] verbose = new boolean[0];
    @Option(names = {"--logfile", "--log-file"}, paramLabel = "FILE", description = "Log to the file specified.")
    private String logfile;

    public DemoCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Path dir = ctx.cwd().resolve(userdir).normalize();
        UserDataDirectory.create(dir);
        Path config = dir.resolve(CONFIG_FILE);
        if (!Files.exists(config)) {
            ConfigFiles.writeAtomically(config, demoConfig(ctx.cwd().relativize(dir)));
            LOG.info("Wrote the demo configuration to {}", config);
        }
        ctx.out().println("Hertz demo: dry-run on the simulated exchange at " + (int) SPEED + "x speed, strategy "
                + "DemoStrategy, config " + config + ". Stop with Ctrl-C.");
        ConfigArgs args = ConfigArgs.builder().config(config.toString()).userDir(dir.toString())
                .verbosity(verbose.length).logfile(logfile).build();
        BotRunner runner = new BotRunner(() -> ConfigSupport.load(ctx, args),
                new BotAssembly(ctx.cwd(), InstantSource.system()));
        runner.prepare();
        try (ApiService api = ApiService.forBot(ctx, runner)) {
            NotifyService.register(ctx, runner);
            if (api != null) {
                ApiServerConfig server = runner.initialConfig().typed().apiServer();
                ctx.out().println("API and web UI: http://" + server.listenIpAddress() + ":" + api.port()
                        + "/  (username " + server.username() + ", password " + server.password() + ", from " + config
                        + ")");
            }
            return runner.run();
        }
    }

    static ObjectNode demoConfig(Path userdir) {
        ObjectNode cfg = new ObjectMapper().createObjectNode();
        cfg.put("bot_name", "hertz-demo");
        cfg.put("strategy", "DemoStrategy");
        cfg.put("max_open_trades", 5);
        cfg.put("stake_currency", "USDT");
        cfg.put("stake_amount", "unlimited");
        cfg.put("tradable_balance_ratio", 0.99);
        cfg.put("dry_run", true);
        cfg.put("dry_run_wallet", 1000);
        cfg.put("initial_state", "running");
        cfg.put("force_entry_enable", true);
        cfg.put("db_url", "sqlite:///" + userdir.resolve("tradesv3.demo.sqlite"));
        ObjectNode timeout = cfg.putObject("unfilledtimeout");
        timeout.put("entry", 5);
        timeout.put("exit", 5);
        timeout.put("unit", "minutes");
        cfg.putObject("entry_pricing").put("price_side", "same").put("use_order_book", true).put("order_book_top", 1);
        cfg.putObject("exit_pricing").put("price_side", "same").put("use_order_book", true).put("order_book_top", 1);
        ObjectNode exchange = cfg.putObject("exchange");
        exchange.put("name", "sim");
        exchange.putArray("pair_whitelist").add("BTC/USDT").add("ETH/USDT").add("SOL/USDT").add("XRP/USDT")
                .add("ADA/USDT").add("DOGE/USDT").add("BNB/USDT").add("LTC/USDT");
        exchange.putArray("pair_blacklist");
        exchange.putObject("sim").put("seed", new SecureRandom().nextInt(1_000_000)).put("speed", SPEED);
        cfg.putArray("pairlists").addObject().put("method", "StaticPairList");
        ObjectNode api = cfg.putObject("api_server");
        api.put("enabled", true);
        api.put("listen_ip_address", "127.0.0.1");
        api.put("listen_port", 8080);
        api.put("username", "hertz");
        api.put("password", random(12));
        api.put("jwt_secret_key", random(32));
        api.put("ws_token", random(16));
        api.putArray("CORS_origins");
        cfg.putObject("internals").put("process_throttle_secs", 5).put("heartbeat_interval", 60);
        return cfg;
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
