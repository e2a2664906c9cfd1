package dev.hertz.core.strategy;

import java.util.Optional;

/**
 * The signals on the latest analysed candle that matter to an open trade of one direction:
 * freqtrade's {@code (enter, exit, exit_tag)}.
 *
 * @param enter   the entry signal of the trade's direction is set (it suppresses an exit signal)
 * @param exit    the exit signal of the trade's direction is set
 * @param exitTag the row's {@value Frame#EXIT_TAG}, when set
 */
public record ExitSignal(boolean enter, boolean exit, Optional<String> exitTag) {

    /** No signal at all (no analysed candle, or an outdated one). */
    public static final ExitSignal NONE = new ExitSignal(false, false, Optional.empty());
}
