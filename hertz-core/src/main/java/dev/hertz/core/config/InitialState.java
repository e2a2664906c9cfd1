package dev.hertz.core.config;

/** {@code initial_state}: whether the bot starts trading at once ({@code running}) or waits ({@code stopped}, the default). */
public enum InitialState {
    RUNNING("running"),
    STOPPED("stopped");

    private final String value;

    InitialState(String value) {
        this.value = value;
    }

    /** The config spelling. */
    public String value() {
        return value;
    }

    static InitialState fromValue(String value) {
        for (InitialState state : values()) {
            if (state.value.equals(value)) {
                return state;
            }
        }
        throw new ConfigException("initial_state: \"" + value + "\" is not one of [\"running\",\"stopped\"]");
    }
}
