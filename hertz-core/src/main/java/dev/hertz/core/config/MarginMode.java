package dev.hertz.core.config;

/** {@code margin_mode}: {@code cross}, {@code isolated} or {@code ""} (none, for spot). */
public enum MarginMode {
    NONE(""),
    CROSS("cross"),
    ISOLATED("isolated");

    private final String value;

    MarginMode(String value) {
        this.value = value;
    }

    /** The config spelling. */
    public String value() {
        return value;
    }

    /** The mode spelled {@code value}. */
    public static MarginMode fromValue(String value) {
        for (MarginMode mode : values()) {
            if (mode.value.equals(value)) {
                return mode;
            }
        }
        throw new ConfigException("margin_mode: \"" + value + "\" is not one of [\"cross\",\"isolated\",\"\"]");
    }
}
