package dev.hertz.bench.backtest;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The floor: {@link RsiBandsStrategy} with no framework. Per pair, TA-Lib's {@link Core} computes
 * RSI, TEMA and the mean of the typical price straight into arrays, then one loop over the candles
 * makes the same decisions as freqtrade's backtester: a signal on candle <i>i</i> enters or exits
 * at the open of <i>i + 1</i>, one position per pair, no entry on the last candle, and what is
 * open at the end stays open. It is as little work as these trades can cost on the JVM.
 */
public final class FloorBacktest {
    private FloorBacktest() {
    }

    public static Measurement run(BacktestData data) {
        HistoryStore store = new HistoryStore(data.dir(), DataFormat.FEATHER);
        Core core = new Core();
        MInteger begin = new MInteger();
        MInteger count = new MInteger();
        List<BenchTrade> trades = new ArrayList<>();
        long loadNanos = 0;
        long indicatorNanos = 0;
        long loopNanos = 0;
        long candles = 0;
        try (RunMonitor monitor = RunMonitor.start()) {
            long start = System.nanoTime();
            for (String pair : data.pairs()) {
                long t0 = System.nanoTime();
                Candles c = store.load(pair, BacktestData.TIMEFRAME, CandleType.SPOT, TimeRange.ALL);
                long t1 = System.nanoTime();
                double[] close = c.closes();
                double[] typical = new double[c.size()];
                for (int i = 0; i < typical.length; i++) {
                    typical[i] = (c.high(i) + c.low(i) + c.close(i)) / 3.0;
                }
                double[] rsi = new double[close.length];
                double[] tema = new double[close.length];
                double[] middle = new double[close.length];
                int rsiFrom = indicator(core.rsi(0, close.length - 1, close, RsiBandsStrategy.RSI_PERIOD,
                        begin, count, rsi), begin, "rsi");
                int temaFrom = indicator(core.tema(0, close.length - 1, close, RsiBandsStrategy.TEMA_PERIOD,
                        begin, count, tema), begin, "tema");
                int middleFrom = indicator(core.sma(0, typical.length - 1, typical, RsiBandsStrategy.BANDS_WINDOW,
                        begin, count, middle), begin, "sma");
                long t2 = System.nanoTime();
                trades.addAll(loop(pair, c, rsi, rsiFrom, tema, temaFrom, middle, middleFrom));
                long t3 = System.nanoTime();
                loadNanos += t1 - t0;
                indicatorNanos += t2 - t1;
                loopNanos += t3 - t2;
                candles += Math.max(0, c.size() - RsiBandsStrategy.STARTUP_CANDLES - 1);
            }
            long end = System.nanoTime();
            return new Measurement("floor", RsiBandsStrategy.class.getSimpleName(), loadNanos / 1e6,
                    indicatorNanos / 1e6, loopNanos / 1e6, (end - start) / 1e6, candles, monitor.peakHeap(),
                    monitor.ownCores(), monitor.otherCores(), trades, Map.of());
        }
    }

    /** TA-Lib writes row {@code begin + k} at {@code out[k]}; returns that offset. */
    private static int indicator(RetCode code, MInteger begin, String name) {
        if (code != RetCode.Success) {
            throw new IllegalStateException("TA-Lib " + name + " failed: " + code);
        }
        return begin.value;
    }

    /**
     * The decisions, candle by candle. Indicator row {@code i} of an output that starts at row
     * {@code from} is {@code out[i - from]}; the loop starts after the startup candles, where
     * every indicator and its previous row exist.
     */
    private static List<BenchTrade> loop(String pair, Candles c, double[] rsi, int rsiFrom, double[] tema,
                                         int temaFrom, double[] middle, int middleFrom) {
        List<BenchTrade> out = new ArrayList<>();
        int last = c.size() - 1;
        long entry = BenchTrade.OPEN;
        for (int i = RsiBandsStrategy.STARTUP_CANDLES; i < last; i++) {
            double r = rsi[i - rsiFrom];
            double rPrev = rsi[i - 1 - rsiFrom];
            double t = tema[i - temaFrom];
            double tPrev = tema[i - 1 - temaFrom];
            double m = middle[i - middleFrom];
            boolean volume = c.volume(i) > 0;
            if (entry == BenchTrade.OPEN) {
                boolean enter = r > RsiBandsStrategy.BUY_RSI && rPrev <= RsiBandsStrategy.BUY_RSI
                        && t <= m && t > tPrev && volume;
                if (enter && i + 1 < last) {
                    entry = c.date(i + 1);
                }
            } else {
                boolean exit = r > RsiBandsStrategy.SELL_RSI && rPrev <= RsiBandsStrategy.SELL_RSI
                        && t > m && t < tPrev && volume;
                if (exit) {
                    out.add(new BenchTrade(pair, entry, c.date(i + 1)));
                    entry = BenchTrade.OPEN;
                }
            }
        }
        if (entry != BenchTrade.OPEN) {
            out.add(new BenchTrade(pair, entry, BenchTrade.OPEN));
        }
        return out;
    }
}
