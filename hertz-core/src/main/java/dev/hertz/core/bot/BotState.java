package dev.hertz.core.bot;

/**
 * What the worker does each iteration. {@code PAUSED} goes beyond the 2024 freqtrade snapshot as
 * later freqtrade does: trades are managed and exited, but no new ones are opened.
 */
public enum BotState {
    RUNNING,
    PAUSED,
    STOPPED,
    RELOAD_CONFIG;

    /** Lower-case name, as {@code status} messages and {@code /show_config} carry it. */
    public String value() {
        return name().toLowerCase();
    }
}
