package dev.hertz.optimize.backtest;

import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.Trade;

import java.util.List;

/**
 * What the candle loop produced.
 *
 * @param trades       closed trades in closing order
 * @param locks        every pair lock placed by protections
 * @param counters     order counters
 * @param finalBalance the stake currency total after the run
 */
public record SimulationResult(List<Trade> trades, List<PairLock> locks, RunCounters counters, double finalBalance) {
}
