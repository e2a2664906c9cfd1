package dev.hertz.core.config;

/** An order type in {@code order_types}: {@code limit} or {@code market}. */
public enum OrderType {
    LIMIT("limit"),
    MARKET("market");

    private final String value;

    OrderType(String value) {
        this.value = value;
    }

    /** The config spelling. */
    public String value() {
        return value;
    }

    static OrderType fromValue(String key, String value) {
        for (OrderType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new ConfigException(key + ": \"" + value + "\" is not one of [\"limit\",\"market\"]");
    }
}
