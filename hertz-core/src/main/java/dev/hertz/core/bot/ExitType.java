package dev.hertz.core.bot;

/** Why a trade exits; {@link #reason()} is the {@code exit_reason} string freqtrade stores and shows. */
public enum ExitType {
    ROI("roi"),
    STOP_LOSS("stop_loss"),
    STOPLOSS_ON_EXCHANGE("stoploss_on_exchange"),
    TRAILING_STOP_LOSS("trailing_stop_loss"),
    LIQUIDATION("liquidation"),
    EXIT_SIGNAL("exit_signal"),
    FORCE_EXIT("force_exit"),
    EMERGENCY_EXIT("emergency_exit"),
    CUSTOM_EXIT("custom_exit"),
    PARTIAL_EXIT("partial_exit"),
    SOLD_ON_EXCHANGE("sold_on_exchange");

    private final String reason;

    ExitType(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** Exits placed with the {@code stoploss} order type rather than the {@code exit} one. */
    public boolean usesStoplossOrderType() {
        return this == STOP_LOSS || this == TRAILING_STOP_LOSS || this == LIQUIDATION;
    }
}
