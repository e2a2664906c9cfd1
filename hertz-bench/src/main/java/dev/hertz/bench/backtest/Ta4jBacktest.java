package dev.hertz.bench.backtest;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Indicator;
import org.ta4j.core.Position;
import org.ta4j.core.Rule;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.averages.TripleEMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.TypicalPriceIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import org.ta4j.core.rules.IsFallingRule;
import org.ta4j.core.rules.IsRisingRule;
import org.ta4j.core.rules.OverIndicatorRule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The peer: {@link RsiBandsStrategy}'s rules in ta4j's own terms (indicators, {@link Rule}s, a
 * {@link BaseStrategy}) run by ta4j's {@link BarSeriesManager}, one pair at a time, as ta4j
 * backtests. How the semantics were aligned with Hertz's (freqtrade's) backtester:
 * <ul>
 *   <li>{@link TradeOnNextOpenModel}: a rule satisfied on candle <i>i</i> trades at the open of
 *       <i>i + 1</i>, as freqtrade acts on a signal at the next candle's open;</li>
 *   <li>unstable bars = {@value RsiBandsStrategy#STARTUP_CANDLES}: no rule is evaluated on the
 *       startup candles freqtrade trims, so both start on the same candle;</li>
 *   <li>ta4j evaluates the entry rule only without an open position and the exit rule only with
 *       one; freqtrade does the same without position stacking, and the two rules cannot hold on
 *       the same candle (TEMA at or below the band vs above it), so freqtrade's "exit signal
 *       ignored beside an entry signal" never applies;</li>
 *   <li>{@code DoubleNum} (plain doubles) rather than ta4j's default {@code DecimalNum}, so both
 *       compute in the same arithmetic.</li>
 * </ul>
 */
public final class Ta4jBacktest {
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private Ta4jBacktest() {
    }

    public static Measurement run(BacktestData data) {
        HistoryStore store = new HistoryStore(data.dir(), DataFormat.FEATHER);
        List<BenchTrade> trades = new ArrayList<>();
        long loadNanos = 0;
        long runNanos = 0;
        long candles = 0;
        try (RunMonitor monitor = RunMonitor.start()) {
            long start = System.nanoTime();
            for (String pair : data.pairs()) {
                long t0 = System.nanoTime();
                Candles c = store.load(pair, BacktestData.TIMEFRAME, CandleType.SPOT, TimeRange.ALL);
                BarSeries series = series(pair, c);
                long t1 = System.nanoTime();
                TradingRecord record = new BarSeriesManager(series, new TradeOnNextOpenModel()).run(strategy(series));
                long t2 = System.nanoTime();
                loadNanos += t1 - t0;
                runNanos += t2 - t1;
                candles += Math.max(0, c.size() - RsiBandsStrategy.STARTUP_CANDLES - 1);
                trades.addAll(trades(pair, c, record));
            }
            long end = System.nanoTime();
            return new Measurement("ta4j", RsiBandsStrategy.class.getSimpleName(), loadNanos / 1e6, -1,
                    runNanos / 1e6, (end - start) / 1e6, candles, monitor.peakHeap(), monitor.ownCores(),
                    monitor.otherCores(), trades, Map.of());
        }
    }

    static BarSeries series(String pair, Candles c) {
        BarSeries series = new BaseBarSeriesBuilder().withName(pair).withNumFactory(DoubleNumFactory.getInstance())
                .build();
        for (int i = 0; i < c.size(); i++) {
            series.barBuilder()
                    .timePeriod(FIVE_MINUTES)
                    .endTime(Instant.ofEpochMilli(c.date(i)).plus(FIVE_MINUTES))
                    .openPrice(c.open(i))
                    .highPrice(c.high(i))
                    .lowPrice(c.low(i))
                    .closePrice(c.close(i))
                    .volume(c.volume(i))
                    .add();
        }
        return series;
    }

    static Strategy strategy(BarSeries series) {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        RSIIndicator rsi = new RSIIndicator(close, RsiBandsStrategy.RSI_PERIOD);
        TripleEMAIndicator tema = new TripleEMAIndicator(close, RsiBandsStrategy.TEMA_PERIOD);
        SMAIndicator middleBand = new SMAIndicator(new TypicalPriceIndicator(series), RsiBandsStrategy.BANDS_WINDOW);
        Indicator<Num> volume = new VolumeIndicator(series);
        Rule entry = new CrossedUpIndicatorRule(rsi, RsiBandsStrategy.BUY_RSI)
                .and(new OverIndicatorRule(tema, middleBand).negation())
                .and(new IsRisingRule(tema, 1))
                .and(new OverIndicatorRule(volume, 0));
        Rule exit = new CrossedUpIndicatorRule(rsi, RsiBandsStrategy.SELL_RSI)
                .and(new OverIndicatorRule(tema, middleBand))
                .and(new IsFallingRule(tema, 1))
                .and(new OverIndicatorRule(volume, 0));
        return new BaseStrategy(RsiBandsStrategy.class.getSimpleName(), entry, exit,
                RsiBandsStrategy.STARTUP_CANDLES);
    }

    /**
     * The positions as trades. freqtrade opens no trade on the last candle (it could not act on
     * it before the data ends), ta4j does; such a position is left out.
     */
    static List<BenchTrade> trades(String pair, Candles c, TradingRecord record) {
        List<BenchTrade> out = new ArrayList<>();
        List<Position> positions = new ArrayList<>(record.getPositions());
        if (record.getCurrentPosition().isOpened()) {
            positions.add(record.getCurrentPosition());
        }
        int last = c.size() - 1;
        for (Position p : positions) {
            int entry = p.getEntry().getIndex();
            if (entry == last) {
                continue;
            }
            long exit = p.isClosed() ? c.date(p.getExit().getIndex()) : BenchTrade.OPEN;
            out.add(new BenchTrade(pair, c.date(entry), exit));
        }
        return out;
    }
}
