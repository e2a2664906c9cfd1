package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.DataRange;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code list-data}: the candle series stored in the data directory, as freqtrade's table. */
@Command(name = "list-data", description = "List downloaded data.", mixinStandardHelpOptions = true)
public final class ListDataCommand implements Callable<Integer> {
    private static final DateTimeFormatter PRINT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AppContext ctx;

    @Mixin
    private CommonOptions common;
    @Option(names = "--exchange", paramLabel = "EXCHANGE",
            description = "Exchange name. Only valid if no config is provided.")
    private String exchange;
    @Option(names = "--data-format-ohlcv", paramLabel = "{json,jsongz,feather}", converter = DataFormatConverter.class,
            description = "Storage format for downloaded candle (OHLCV) data. (default: `feather`).")
    private DataFormat format;
    @Option(names = {"-p", "--pairs"}, paramLabel = "PAIRS", arity = "1..*",
            description = "Limit command to these pairs. Pairs are space-separated.")
    private List<String> pairs;
    @Option(names = {"--trading-mode", "--tradingmode"}, paramLabel = "{spot,margin,futures}",
            description = "Select Trading mode")
    private String tradingMode;
    @Option(names = "--show-timerange",
            description = "Show timerange available for available data. (May take a while to calculate).")
    private boolean showTimerange;

    public ListDataCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        DataSettings settings = DataSettings.load(ctx, common, RunMode.UTIL_NO_EXCHANGE, exchange, tradingMode, format);
        HistoryStore store = settings.store();
        List<SeriesKey> found = store.available(settings.tradingMode()).stream()
                .filter(k -> pairs == null || pairs.contains(k.pair()))
                .toList();
        String title = "Found " + found.size() + " pair / timeframe combinations.";
        ctx.out().print(showTimerange ? withRanges(store, found, title) : grouped(found, title));
        return 0;
    }

    /** One row per pair and candle type, its timeframes joined, shortest first. */
    private static String grouped(List<SeriesKey> found, String title) {
        Map<PairType, List<String>> timeframes = new LinkedHashMap<>();
        for (SeriesKey key : found) {
            timeframes.computeIfAbsent(new PairType(key.pair(), key.candleType()), k -> new ArrayList<>()).add(key.timeframe());
        }
        TextTable table = new TextTable(title, List.of("Pair", "Timeframe", "Type"));
        timeframes.forEach((k, tfs) -> table.row(List.of(k.pair(), String.join(", ", tfs), k.type().value())));
        return found.isEmpty() ? title + "\n" : table.render();
    }

    private record PairType(String pair, CandleType type) {
    }

    private static String withRanges(HistoryStore store, List<SeriesKey> found, String title) {
        TextTable table = new TextTable(title, List.of("Pair", "Timeframe", "Type", "From", "To", "Candles"));
        for (SeriesKey key : found) {
            DataRange range = store.dataRange(key);
            table.row(List.of(key.pair(), key.timeframe(), key.candleType().value(), PRINT.format(range.first()),
                    PRINT.format(range.last()), Integer.toString(range.candles())));
        }
        return table.render();
    }
}
