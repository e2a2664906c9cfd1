package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryException;
import dev.hertz.core.data.history.HistoryStore;
import dev.hertz.core.data.history.SeriesKey;
import dev.hertz.core.strategy.Frame;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Candles from the data directory: {@code /pair_history} (stored candles analysed by a named
 * strategy, its startup candles loaded first and trimmed away again) and {@code /available_pairs}.
 */
final class HistoricCandles {
    private final Path workingDirectory;
    private final StrategyLookup strategies;
    private final Clock clock;

    HistoricCandles(Path workingDirectory, StrategyLookup strategies, Clock clock) {
        this.workingDirectory = workingDirectory;
        this.strategies = strategies;
        this.clock = clock;
    }

    PairHistory pairHistory(ObjectNode config, String pair, String timeframe, String timerange, String strategyName,
                            List<String> columns) {
        TimeRange range;
        Timeframe tf;
        try {
            range = TimeRange.parse(timerange == null ? "" : timerange);
            tf = Timeframe.parse(timeframe);
        } catch (IllegalArgumentException e) {
            throw new RpcException(RpcException.Kind.INPUT, e.getMessage());
        }
        Strategy strategy = strategies.load(config, strategyName);
        CandleType candleType = CandleType.defaultFor(tradingMode(config));
        Candles candles;
        try {
            candles = store(config).load(pair, timeframe, candleType, withStartup(range, tf, strategy.startupCandleCount()));
        } catch (HistoryException e) {
            throw new RpcException(RpcException.Kind.LOAD_FAILED, e.getMessage());
        }
        if (candles.isEmpty()) {
            throw new RpcException(RpcException.Kind.NOT_FOUND, "No data for " + pair + ", " + timeframe + " in "
                    + (timerange == null ? "" : timerange) + " found.");
        }
        Frame frame = new StrategyAnalyzer(strategy, clock).analyze(pair, candles)
                .orElseThrow(() -> new RpcException(RpcException.Kind.LOAD_FAILED,
                        "Strategy " + strategyName + " did not analyse " + pair + "."));
        if (range.hasStart()) {
            int first = firstAtOrAfter(frame.date(), range.startTs() * 1000);
            frame = frame.tail(frame.length() - first);
        }
        return PairHistoryJson.of(strategy, pair, timeframe, frame, null, columns, clock.instant());
    }

    AvailablePairs availablePairs(ObjectNode config, String timeframe, String stakeCurrency, CandleType candleType) {
        CandleType type = candleType != null ? candleType : CandleType.defaultFor(tradingMode(config));
        List<SeriesKey> found;
        try {
            found = store(config).availableAll();
        } catch (HistoryException e) {
            throw new RpcException(RpcException.Kind.LOAD_FAILED, e.getMessage());
        }
        List<SeriesKey> matching = found.stream()
                .filter(k -> k.candleType() == type)
                .filter(k -> timeframe == null || timeframe.isEmpty() || k.timeframe().equals(timeframe))
                .filter(k -> stakeCurrency == null || stakeCurrency.isEmpty() || k.pair().endsWith(stakeCurrency))
                .sorted(Comparator.comparing(SeriesKey::pair).thenComparing(SeriesKey::timeframe))
                .toList();
        List<String> pairs = matching.stream().map(SeriesKey::pair).distinct().toList();
        return new AvailablePairs(pairs.size(), pairs, matching.stream()
                .map(k -> List.of(k.pair(), k.timeframe(), k.candleType().value())).toList());
    }

    private HistoryStore store(ObjectNode config) {
        Path datadir = workingDirectory.resolve(config.path("datadir").asText(""));
        DataFormat format;
        try {
            format = DataFormat.fromValue(config.path("dataformat_ohlcv").asText("feather"));
        } catch (IllegalArgumentException e) {
            throw new RpcException(RpcException.Kind.INPUT, "dataformat_ohlcv: " + e.getMessage());
        }
        return new HistoryStore(datadir, format);
    }

    private static TradingMode tradingMode(ObjectNode config) {
        return TradingMode.fromValue(config.path("trading_mode").asText(""));
    }

    /** The range moved back by the strategy's startup candles, as freqtrade loads for analysis. */
    private static TimeRange withStartup(TimeRange range, Timeframe tf, int startupCandles) {
        if (!range.hasStart() || startupCandles <= 0) {
            return range;
        }
        return new TimeRange(range.startType(), range.stopType(),
                range.startTs() - startupCandles * tf.millis() / 1000, range.stopTs());
    }

    private static int firstAtOrAfter(long[] dates, long millis) {
        int i = 0;
        while (i < dates.length && dates[i] < millis) {
            i++;
        }
        return i;
    }
}
