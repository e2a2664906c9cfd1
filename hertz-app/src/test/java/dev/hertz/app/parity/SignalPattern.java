package dev.hertz.app.parity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which candles of each pair carry an entry and an exit signal, by candle open time (epoch ms).
 * Signals keyed by date, not row index, read the same whether the strategy sees the whole history
 * at once (backtest) or a window that grows one candle at a time (live).
 */
record SignalPattern(Map<String, Set<Long>> entries, Map<String, Set<Long>> exits) {

    SignalPattern {
        entries = copy(entries);
        exits = copy(exits);
    }

    private static Map<String, Set<Long>> copy(Map<String, Set<Long>> signals) {
        Map<String, Set<Long>> copy = new HashMap<>();
        signals.forEach((pair, dates) -> copy.put(pair, Set.copyOf(dates)));
        return Map.copyOf(copy);
    }

    boolean entry(String pair, long date) {
        return entries.getOrDefault(pair, Set.of()).contains(date);
    }

    boolean exit(String pair, long date) {
        return exits.getOrDefault(pair, Set.of()).contains(date);
    }

    /** This pattern without any signal of {@code pair} on the candle opening at {@code date}. */
    SignalPattern withoutSignalsOn(String pair, long date) {
        return new SignalPattern(without(entries, pair, date), without(exits, pair, date));
    }

    private static Map<String, Set<Long>> without(Map<String, Set<Long>> signals, String pair, long date) {
        Map<String, Set<Long>> copy = new HashMap<>(signals);
        Set<Long> dates = new HashSet<>(copy.getOrDefault(pair, Set.of()));
        dates.remove(date);
        copy.put(pair, dates);
        return copy;
    }
}
