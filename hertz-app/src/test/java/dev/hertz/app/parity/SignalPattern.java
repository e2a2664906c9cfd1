package dev.hertz.app.parity;

import java.util.Map;
import java.util.Set;

/**
 * Which candles of each pair carry an entry and an exit signal, by candle open time (epoch ms).
 * Signals keyed by date, not row index, read the same whether the strategy sees the whole history
 * at once (backtest) or a window that grows one candle at a time (live).
 */
record SignalPattern(Map<String, Set<Long>> entries, Map<String, Set<Long>> exits) {

    SignalPattern {
        entries = Map.copyOf(entries);
        exits = Map.copyOf(exits);
    }

    boolean entry(String pair, long date) {
        return entries.getOrDefault(pair, Set.of()).contains(date);
    }

    boolean exit(String pair, long date) {
        return exits.getOrDefault(pair, Set.of()).contains(date);
    }
}
