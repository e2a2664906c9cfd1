package dev.hertz.optimize.backtest;

/**
 * The order counters of one backtest (reference §7.2), reported under the same names in the
 * result file.
 *
 * @param rejectedSignals       entry signals refused because every slot was taken
 * @param timedoutEntryOrders   entry orders cancelled by {@code unfilledtimeout.entry}
 * @param timedoutExitOrders    exit orders cancelled by {@code unfilledtimeout.exit}
 * @param canceledTradeEntries  trades removed because {@code adjust_entry_price} returned none
 * @param canceledEntryOrders   entry orders cancelled by {@code adjust_entry_price}
 * @param replacedEntryOrders   entry orders replaced at a new price by {@code adjust_entry_price}
 */
public record RunCounters(int rejectedSignals, int timedoutEntryOrders, int timedoutExitOrders,
                          int canceledTradeEntries, int canceledEntryOrders, int replacedEntryOrders) {
    public static final RunCounters NONE = new RunCounters(0, 0, 0, 0, 0, 0);
}
