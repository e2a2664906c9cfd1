package dev.hertz.bench.backtest;

import java.util.List;
import java.util.Map;

/**
 * One engine's timed run over the whole data set.
 *
 * @param engine     who ran it ({@code hertz}, {@code ta4j}, {@code floor})
 * @param strategy   what it ran
 * @param loadMs     reading the candles (and, for ta4j, building its bar series); -1 when not separable
 * @param analyseMs  indicators and signals; -1 when not separable from the simulation (ta4j computes
 *                   indicators lazily while its loop asks for them)
 * @param simulateMs the candle loop (for ta4j: indicators and loop together)
 * @param totalMs    wall time of the whole run
 * @param candles    candles the loop went through, over all pairs (startup candles not counted)
 * @param peakHeap   most heap in use during the run, bytes
 * @param ownCores   this JVM's CPU time during the run, in cores (GC and JIT threads included)
 * @param otherCores other processes' CPU time during the run, in cores
 * @param trades     the trades made
 * @param exitReasons how many trades exited for which reason (Hertz only; empty for the others,
 *                    whose only exit is the signal)
 */
public record Measurement(String engine, String strategy, double loadMs, double analyseMs, double simulateMs,
                          double totalMs, long candles, long peakHeap, double ownCores, double otherCores,
                          List<BenchTrade> trades,
                          Map<String, Long> exitReasons) {

    public double candlesPerSecond() {
        return candles / (totalMs / 1000.0);
    }
}
