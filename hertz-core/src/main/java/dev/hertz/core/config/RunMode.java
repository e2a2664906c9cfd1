package dev.hertz.core.config;

import java.util.Arrays;

/**
 * What the bot was started to do; decides which keys are required and which defaults apply.
 * {@link #value()} is freqtrade's name, written to the config as {@code runmode}.
 */
public enum RunMode {
    LIVE("live"),
    DRY_RUN("dry_run"),
    BACKTEST("backtest"),
    EDGE("edge"),
    HYPEROPT("hyperopt"),
    UTIL_EXCHANGE("util_exchange"),
    UTIL_NO_EXCHANGE("util_no_exchange"),
    PLOT("plot"),
    WEBSERVER("webserver"),
    OTHER("other");

    private final String value;

    RunMode(String value) {
        this.value = value;
    }

    /** freqtrade's spelling, e.g. {@code dry_run}. */
    public String value() {
        return value;
    }

    /** Live or dry-run trading: the modes that place (real or simulated) orders continuously. */
    public boolean isTrading() {
        return this == LIVE || this == DRY_RUN;
    }

    /** Backtest, edge and hyperopt: the modes that simulate over history. */
    public boolean isOptimize() {
        return this == BACKTEST || this == EDGE || this == HYPEROPT;
    }

    /** The mode with freqtrade's name {@code value}. */
    public static RunMode fromValue(String value) {
        for (RunMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Unknown run mode \"" + value + "\", expected one of "
                + Arrays.stream(values()).map(m -> m.value).toList());
    }
}
