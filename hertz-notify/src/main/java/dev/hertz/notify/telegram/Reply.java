package dev.hertz.notify.telegram;

import java.util.List;

/**
 * One outgoing Telegram text with its parse mode and what sits under it.
 *
 * @param text   the message text
 * @param mode   the parse mode
 * @param markup the reply keyboard, a Refresh button, or inline buttons
 */
record Reply(String text, Mode mode, Markup markup) {

    /** Telegram's parse modes as freqtrade uses them; {@code PLAIN} sends none. */
    enum Mode {
        PLAIN, MARKDOWN, MARKDOWN_V2, HTML
    }

    /** What is attached to the message. */
    sealed interface Markup {
    }

    /** The reply keyboard (default or {@code telegram.keyboard}). */
    record Keyboard() implements Markup {
    }

    /** A reload-able reply: one {@code Refresh} button sending {@code callback} (the keyboard when {@code reload} is off). */
    record Refresh(String callback) implements Markup {
    }

    /** Inline buttons, row by row. */
    record Inline(List<List<Button>> rows) implements Markup {
        Inline {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** One inline button. */
    record Button(String text, String callbackData) {
    }

    static Reply markdown(String text) {
        return new Reply(text, Mode.MARKDOWN, new Keyboard());
    }

    static Reply html(String text) {
        return new Reply(text, Mode.HTML, new Keyboard());
    }

    static Reply markdown(String text, String refresh) {
        return new Reply(text, Mode.MARKDOWN, new Refresh(refresh));
    }

    static Reply html(String text, String refresh) {
        return new Reply(text, Mode.HTML, new Refresh(refresh));
    }
}
