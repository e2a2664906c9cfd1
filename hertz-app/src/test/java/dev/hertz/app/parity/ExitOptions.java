package dev.hertz.app.parity;

/**
 * The exit-signal options a parity case sets in its configuration. Both are decided on the
 * profit at the candle open and the signals of the candle before, which both runs see alike.
 *
 * @param exitProfitOnly         {@code exit_profit_only}: exit signals only act above {@code exitProfitOffset}
 * @param exitProfitOffset       {@code exit_profit_offset}
 * @param ignoreRoiIfEntrySignal {@code ignore_roi_if_entry_signal}: no ROI exit while an entry signal stands
 */
record ExitOptions(boolean exitProfitOnly, double exitProfitOffset, boolean ignoreRoiIfEntrySignal) {
    static final ExitOptions DEFAULTS = new ExitOptions(false, 0.0, false);
}
