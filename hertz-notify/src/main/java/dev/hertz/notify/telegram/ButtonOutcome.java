package dev.hertz.notify.telegram;

import java.util.List;
import java.util.function.Supplier;

/**
 * What pressing a picker button does: the picker message's new text, then an action whose
 * replies (errors) are sent as new messages.
 */
record ButtonOutcome(String editText, Supplier<List<Reply>> then) {
    static ButtonOutcome only(String editText) {
        return new ButtonOutcome(editText, List::of);
    }
}
