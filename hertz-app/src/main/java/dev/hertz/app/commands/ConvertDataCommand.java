package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code convert-data}: rewrites the stored candle series (spot and futures folders) from one
 * format to another, optionally deleting the source files.
 */
@Command(name = "convert-data", description = "Convert candle (OHLCV) data from one format to another.",
        mixinStandardHelpOptions = true)
public final class ConvertDataCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ConvertDataCommand.class);

    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Option(names = {"-p", "--pairs"}, paramLabel = "PAIRS", arity = "1..*",
            description = "Limit command to these pairs. Pairs are space-separated.")
    private List<String> pairs;
    @Option(names = "--format-from", required = true, paramLabel = "{json,jsongz,feather}",
            converter = DataFormatConverter.class, description = "Source format for data conversion.")
    private DataFormat from;
    @Option(names = "--format-to", required = true, paramLabel = "{json,jsongz,feather}",
            converter = DataFormatConverter.class, description = "Destination format for data conversion.")
    private DataFormat to;
    @Option(names = "--erase", description = "Clean all existing data for the selected exchange/pairs/timeframes.")
    private boolean erase;
    @Option(names = "--exchange", paramLabel = "EXCHANGE",
            description = "Exchange name. Only valid if no config is provided.")
    private String exchange;
    @Option(names = {"-t", "--timeframes"}, paramLabel = "TIMEFRAMES", arity = "1..*",
            description = "Specify which tickers to convert. Default: all stored timeframes.")
    private List<String> timeframes;
    @Option(names = {"--trading-mode", "--tradingmode"}, paramLabel = "{spot,margin,futures}",
            description = "Select Trading mode")
    private String tradingMode;
    @Option(names = "--candle-types", paramLabel = "CANDLE_TYPE", arity = "1..*",
            description = "Select candle type to convert. Defaults to all available types: spot, futures, mark, "
                    + "index, premiumIndex, funding_rate.")
    private List<String> candleTypes;

    public ConvertDataCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The {@code --candle-types} asked for, all of them by default. */
    private List<CandleType> candleTypes() {
        if (candleTypes == null) {
            return List.of(CandleType.values());
        }
        try {
            return candleTypes.stream().map(CandleType::fromValue).toList();
        } catch (IllegalArgumentException e) {
            throw new CommandException("--candle-types: " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        List<CandleType> types = candleTypes();
        DataSettings settings = DataSettings.load(ctx, common, RunMode.UTIL_NO_EXCHANGE, exchange, tradingMode, null);
        List<String> selected = settings.pairs(pairs, null, ctx.cwd());
        HistoryStore source = new HistoryStore(settings.datadir(), from);
        HistoryStore target = new HistoryStore(settings.datadir(), to);
        LOG.info("Converting candle (OHLCV) for timeframe {}", timeframes == null ? "all" : timeframes);

        List<SeriesKey> series = source.availableAll().stream()
                .filter(k -> selected == null || selected.contains(k.pair()))
                .filter(k -> timeframes == null || timeframes.contains(k.timeframe()))
                .filter(k -> types.contains(k.candleType()))
                .toList();
        LOG.info("Converting candle (OHLCV) data for the following pair combinations:\n{}",
                series.stream().map(SeriesKey::toString).collect(Collectors.joining("\n")));
        int converted = 0;
        for (SeriesKey key : series) {
            Candles candles = source.load(key, TimeRange.ALL, false);
            LOG.info("Converting {} {} {} candles for {}", candles.size(), key.timeframe(), key.candleType().value(),
                    key.pair());
            if (candles.isEmpty()) {
                continue;
            }
            target.store(key, candles);
            converted++;
            if (erase && from != to) {
                LOG.info("Deleting source data for {} / {}", key.pair(), key.timeframe());
                source.purge(key);
            }
        }
        ctx.out().println("Converted " + converted + " of " + series.size() + " candle series from " + from + " to "
                + to + " in " + settings.datadir() + ".");
        return 0;
    }
}
