package dev.hertz.core.bot;

/**
 * One reason to exit a trade now.
 *
 * @param type   the exit type
 * @param reason the text stored as {@code exit_reason}: the type's reason, or the strategy's
 *               {@code exit_tag} / {@code custom_exit} string
 */
public record ExitCheck(ExitType type, String reason) {
    static final int MAX_REASON_LENGTH = 255;

    public ExitCheck {
        if (reason == null || reason.isBlank()) {
            reason = type.reason();
        } else if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH);
        }
    }

    public static ExitCheck of(ExitType type) {
        return new ExitCheck(type, type.reason());
    }
}
