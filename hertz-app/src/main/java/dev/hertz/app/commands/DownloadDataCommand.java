package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryDownloader;
import dev.hertz.core.data.history.SeriesKey;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.Exchanges;
import dev.hertz.core.exchange.HertzException;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.pairlist.PairlistExpansion;
import me.tongfei.progressbar.ProgressBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code download-data}: fills the data directory with candles from the exchange (the simulated
 * one, offline), continuing stored series where they end.
 */
@Command(name = "download-data", description = "Download backtesting data.", mixinStandardHelpOptions = true)
public final class DownloadDataCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadDataCommand.class);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Option(names = {"-p", "--pairs"}, paramLabel = "PAIRS", arity = "1..*",
            description = "Limit command to these pairs. Pairs are space-separated; regular expressions are expanded "
                    + "against the exchange's markets.")
    private List<String> pairs;
    @Option(names = "--pairs-file", paramLabel = "FILE", description = "File containing a list of pairs.")
    private String pairsFile;
    @Option(names = "--days", paramLabel = "INT", description = "Download data for given number of days.")
    private Integer days;
    @Option(names = "--new-pairs-days", paramLabel = "INT",
            description = "Download data of new pairs for given number of days. Default: `30` (config `new_pairs_days`).")
    private Integer newPairsDays;
    @Option(names = "--timerange", paramLabel = "TIMERANGE", description = "Specify what timerange of data to use.")
    private String timerange;
    @Option(names = "--exchange", paramLabel = "EXCHANGE",
            description = "Exchange name. Only valid if no config is provided.")
    private String exchange;
    @Option(names = {"-t", "--timeframes"}, paramLabel = "TIMEFRAMES", arity = "1..*",
            description = "Specify which tickers to download. Space-separated list. Default: `1m 5m`.")
    private List<String> timeframes = List.of("1m", "5m");
    @Option(names = "--erase", description = "Clean all existing data for the selected exchange/pairs/timeframes.")
    private boolean erase;
    @Option(names = "--data-format-ohlcv", paramLabel = "{json,jsongz,feather}", converter = DataFormatConverter.class,
            description = "Storage format for downloaded candle (OHLCV) data. (default: `feather`).")
    private DataFormat format;
    @Option(names = {"--trading-mode", "--tradingmode"}, paramLabel = "{spot,margin,futures}",
            description = "Select Trading mode")
    private String tradingMode;
    @Option(names = "--prepend", description = "Allow data prepending. (Data-appending is disabled)")
    private boolean prepend;

    public DownloadDataCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (days != null && timerange != null) {
            throw new ConfigException("--days and --timerange are mutually exclusive. "
                    + "You can only specify one or the other.");
        }
        if (days != null && days <= 0 || newPairsDays != null && newPairsDays <= 0) {
            throw new CommandException("--days and --new-pairs-days need a whole number of days above 0.");
        }
        DataSettings settings = DataSettings.load(ctx, common, RunMode.UTIL_EXCHANGE, exchange, tradingMode, format);
        List<String> wanted = settings.pairs(pairs, pairsFile, ctx.cwd());
        if (wanted == null || wanted.isEmpty()) {
            throw new ConfigException("Downloading data requires a list of pairs. "
                    + "Please check the documentation on how to configure this.");
        }
        Exchange ex = exchange(settings);
        InstantSource exchangeTime = ex instanceof SimExchange sim ? sim::simTime : InstantSource.system();
        TimeRange range = days != null
                ? TimeRange.parse(YYYYMMDD.format(exchangeTime.instant().minusSeconds(days * 86_400L)) + "-")
                : TimeRange.parse(timerange);
        List<String> expanded = expand(wanted, ex);
        List<Timeframe> tfs = timeframes.stream().map(tf -> validTimeframe(tf, ex)).toList();
        LOG.info("About to download pairs: {}, intervals: {} to {}", expanded, timeframes, settings.datadir());
        if (expanded.isEmpty()) {
            LOG.warn("No pairs available for download. Please make sure you're using the correct Pair naming "
                    + "for your selected trade mode.");
        }
        int newDays = newPairsDays != null ? newPairsDays : settings.loaded().config().path("new_pairs_days").asInt(30);
        HistoryDownloader downloader = new HistoryDownloader(ex, settings.store(), exchangeTime);
        List<String> notAvailable = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (ProgressBar bar = Progress.bar(ctx.out(), "Downloading data...", (long) expanded.size() * tfs.size())) {
            for (String pair : expanded) {
                if (!ex.markets().containsKey(pair)) {
                    notAvailable.add(pair);
                    LOG.info("Skipping pair {}...", pair);
                    bar.stepBy(tfs.size());
                    continue;
                }
                for (Timeframe tf : tfs) {
                    bar.setExtraMessage(pair + " " + tf.name());
                    SeriesKey key = new SeriesKey(pair, tf.name(), CandleType.defaultFor(settings.tradingMode()));
                    try {
                        downloader.download(key, range, newDays, erase, prepend);
                    } catch (HertzException e) {
                        LOG.error("Failed to download history data for pair: \"{}\", timeframe: {}. {}", pair, tf.name(),
                                e.getMessage());
                        failed.add(key.toString());
                    }
                    bar.step();
                }
            }
        }
        if (!notAvailable.isEmpty()) {
            LOG.info("Pairs [{}] not available on exchange {}.", String.join(",", notAvailable), ex.name());
        }
        if (!failed.isEmpty()) {
            throw new CommandException("Failed to download " + failed.size() + " candle series: "
                    + String.join("; ", failed) + ". See the errors above.");
        }
        return 0;
    }

    private Exchange exchange(DataSettings settings) {
        String name = settings.exchangeName();
        if (name.isBlank()) {
            throw new ConfigException("This command requires a configured exchange. You should either use "
                    + "`--exchange <exchange_name>` or specify a configuration file via `--config`.\n"
                    + "The following exchanges are available for Hertz: "
                    + Exchanges.available().stream().map(Exchanges.Info::name).collect(Collectors.joining(", ")));
        }
        Exchanges.Info info = Exchanges.info(name);
        if (settings.tradingMode() == TradingMode.FUTURES && !info.markets().contains("futures")) {
            throw new CommandException("Exchange " + info.name() + " offers " + info.markets()
                    + " markets only; futures data cannot be downloaded from it.");
        }
        return Exchanges.create(name, settings.loaded().config().path("exchange").get("sim"), Clock.systemUTC());
    }

    private static List<String> expand(List<String> wanted, Exchange ex) {
        try {
            return PairlistExpansion.expand(wanted, ex.markets().keySet(), true);
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static Timeframe validTimeframe(String name, Exchange ex) {
        Timeframe tf;
        try {
            tf = Timeframe.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        if (!ex.timeframes().contains(tf)) {
            throw new ConfigException("Invalid timeframe '" + name + "'. This exchange supports: "
                    + ex.timeframes().stream().map(Timeframe::name).toList());
        }
        return tf;
    }
}
