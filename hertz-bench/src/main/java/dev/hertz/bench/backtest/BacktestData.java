package dev.hertz.bench.backtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.bench.BenchMarkets;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryDownloader;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import dev.hertz.core.exchange.sim.SimMarketSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The benchmark's candles: {@code pairs} simulated markets ({@link BenchMarkets}) × {@code days} of
 * 5m candles ending at {@link #END}, written in freqtrade's feather layout by the same
 * {@link HistoryDownloader} that {@code download-data --exchange sim} uses. Generating a year of
 * 100 pairs takes a minute or two, so a finished directory is reused: a marker file written last
 * records what it holds, and a directory whose marker matches is not generated again. The
 * simulator is deterministic, so regenerating gives the same files.
 */
public final class BacktestData {
    /** The simulated exchange's time while downloading: the last stored candle is the one before it. */
    public static final Instant END = Instant.parse("2025-01-01T00:00:00Z");
    public static final String TIMEFRAME = "5m";
    public static final long SEED = 42;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final List<SimMarketSpec> markets;
    private final int days;

    private BacktestData(Path dir, List<SimMarketSpec> markets, int days) {
        this.dir = dir;
        this.markets = markets;
        this.days = days;
    }

    /** The data set of {@code pairs} markets × {@code days} in {@code dir}; nothing is written yet. */
    public static BacktestData of(Path dir, int pairs, int days) {
        if (days < 1 || days > SimExchangeConfig.MAX_HISTORY_DAYS - 2) {
            throw new IllegalArgumentException("days must be between 1 and " + (SimExchangeConfig.MAX_HISTORY_DAYS - 2)
                    + ", got " + days);
        }
        return new BacktestData(dir, BenchMarkets.specs(pairs), days);
    }

    /** The first {@code n} pairs of this data set, read from the same files (for a warm-up run). */
    public BacktestData firstPairs(int n) {
        return new BacktestData(dir, markets.subList(0, Math.min(n, markets.size())), days);
    }

    public Path dir() {
        return dir;
    }

    public List<String> pairs() {
        return markets.stream().map(SimMarketSpec::symbol).toList();
    }

    public List<SimMarketSpec> markets() {
        return markets;
    }

    /** The stored span, {@code YYYYMMDD-YYYYMMDD}: from {@code days} before {@link #END} up to it. */
    public TimeRange timerange() {
        return TimeRange.parse(YYYYMMDD.format(END.minusSeconds(days * 86_400L)) + "-" + YYYYMMDD.format(END));
    }

    /** The exchange the data comes from: the simulator fixed at {@link #END}, so every run sees the same market. */
    public SimExchange exchange() {
        SimExchangeConfig config = SimExchangeConfig.defaults().withSeed(SEED).withStart(END).withMarkets(markets);
        config = new SimExchangeConfig(config.seed(), config.speed(), config.start(), config.markets(),
                config.balances(), config.makerFee(), config.takerFee(), days + 2);
        return new SimExchange(config, Clock.fixed(END, ZoneOffset.UTC));
    }

    /**
     * Generates the candles unless the directory already holds exactly this data set.
     *
     * @return true when it generated them, false when it reused them
     */
    public boolean ensure() {
        // one marker per shape, so a smaller run on the first pairs of a directory leaves the larger set's marker alone
        Path marker = dir.resolve("bench-data-%dx%d.json".formatted(markets.size(), days));
        String expected = marker();
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(expected)) {
                return false;
            }
            Files.createDirectories(dir);
            SimExchange exchange = exchange();
            HistoryDownloader downloader = new HistoryDownloader(exchange, new HistoryStore(dir, DataFormat.FEATHER),
                    exchange::simTime);
            for (String pair : pairs()) {
                downloader.download(new SeriesKey(pair, TIMEFRAME, CandleType.SPOT), timerange(), days, true, false);
            }
            Files.writeString(marker, expected);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark data into " + dir, e);
        }
    }

    private String marker() {
        ObjectNode m = JSON.createObjectNode()
                .put("exchange", SimExchange.NAME)
                .put("seed", SEED)
                .put("end", END.toString())
                .put("days", days)
                .put("timeframe", TIMEFRAME);
        m.set("markets", BenchMarkets.toJson(markets));
        return m.toString();
    }
}
