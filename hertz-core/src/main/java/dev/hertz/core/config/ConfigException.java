package dev.hertz.core.config;

import java.util.List;

/**
 * A configuration that cannot be used: a missing or unreadable file, a syntax error, a bad
 * environment variable, or values that break the schema or freqtrade's consistency rules.
 *
 * <p>The message is meant for the user as is. When validation finds several problems they are
 * all collected here, one per line, so a user can fix them in one go.
 */
public final class ConfigException extends RuntimeException {

    private final List<String> errors;

    /** One problem. */
    public ConfigException(String message) {
        this(List.of(message));
    }

    /** One problem caused by a lower-level failure (an I/O error, a parser error). */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.errors = List.of(message);
    }

    /** Several problems found together; {@code errors} must not be empty. */
    public ConfigException(List<String> errors) {
        super(render(errors));
        this.errors = List.copyOf(errors);
    }

    /** The individual problems, in the order they were reported. */
    public List<String> errors() {
        return errors;
    }

    private static String render(List<String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        if (errors.size() == 1) {
            return errors.get(0);
        }
        return "Invalid configuration (" + errors.size() + " problems):\n  - " + String.join("\n  - ", errors);
    }
}
