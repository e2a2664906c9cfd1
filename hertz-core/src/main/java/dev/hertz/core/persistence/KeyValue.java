package dev.hertz.core.persistence;

import java.time.Instant;

/**
 * One entry of freqtrade's {@code KeyValueStore} table: a bot-wide value of type {@code str},
 * {@code datetime}, {@code float} or {@code int}; exactly the column for its type is used.
 *
 * @param key   e.g. {@link KeyValueStore#BOT_START_TIME}
 * @param type  which typed column holds the value
 * @param value a {@link String}, {@link Instant}, {@link Double} or {@link Long} matching {@code type}
 */
public record KeyValue(String key, ValueType type, Object value) {

    /** The {@code value_type} column, spelled as freqtrade's Python type names. */
    public enum ValueType {
        STRING("str"), DATETIME("datetime"), FLOAT("float"), INT("int");

        private final String dbName;

        ValueType(String dbName) {
            this.dbName = dbName;
        }

        /** The stored name ({@code str}, {@code datetime}, {@code float}, {@code int}). */
        public String dbName() {
            return dbName;
        }

        static ValueType fromDb(String name, String key) {
            for (ValueType t : values()) {
                if (t.dbName.equals(name)) {
                    return t;
                }
            }
            throw new PersistenceException("KeyValueStore entry '" + key + "' has unknown value_type '" + name
                    + "'; allowed: str, datetime, float, int");
        }
    }

    /** Checks that the value's Java type matches {@code type}. */
    public KeyValue {
        Class<?> expected = switch (type) {
            case STRING -> String.class;
            case DATETIME -> Instant.class;
            case FLOAT -> Double.class;
            case INT -> Long.class;
        };
        if (value != null && !expected.isInstance(value)) {
            throw new IllegalArgumentException("KeyValueStore value for '" + key + "' of type " + type.dbName()
                    + " must be a " + expected.getSimpleName() + ", got " + value.getClass().getSimpleName());
        }
    }
}
