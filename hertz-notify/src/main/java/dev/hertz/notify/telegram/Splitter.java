package dev.hertz.notify.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram refuses texts over {@value #MAX_MESSAGE_LENGTH} characters; long command replies are
 * cut into several messages the way freqtrade cuts each of them.
 */
final class Splitter {
    static final int MAX_MESSAGE_LENGTH = 4096;

    private Splitter() {
    }

    /**
     * {@code /status} and {@code /order}: non-empty lines joined by line breaks while they fit;
     * a new message starts with {@code continued} and the line that did not fit.
     */
    static List<String> byLines(List<String> lines, String continued) {
        List<String> out = new ArrayList<>();
        StringBuilder msg = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (msg.length() + line.length() + 1 < MAX_MESSAGE_LENGTH) {
                msg.append(line).append('\n');
            } else {
                out.add(msg.toString());
                msg = new StringBuilder(continued).append(line).append('\n');
            }
        }
        out.add(msg.toString());
        return out;
    }

    /**
     * {@code /performance}, {@code /entries}, {@code /balance} and friends: {@code header} then
     * the parts; when the next part would reach the limit the text so far is sent and a new
     * message starts with that part (the header is not repeated).
     */
    static List<String> byParts(String header, List<String> parts) {
        List<String> out = new ArrayList<>();
        String output = header;
        for (String part : parts) {
            if ((output + part).length() >= MAX_MESSAGE_LENGTH) {
                out.add(output);
                output = part;
            } else {
                output += part;
            }
        }
        out.add(output);
        return out;
    }

    /** Consecutive chunks of at most {@code size} items. */
    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return out;
    }
}
