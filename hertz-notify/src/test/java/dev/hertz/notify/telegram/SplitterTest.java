package dev.hertz.notify.telegram;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Long replies are cut below Telegram's 4096 characters the way freqtrade cuts them. */
class SplitterTest {

    @Test
    void statusLinesContinueWithAHeader() {
        List<String> lines = new ArrayList<>(List.of("*Trade ID:* `7`", ""));
        lines.addAll(Collections.nCopies(60, "x".repeat(99)));
        List<String> parts = Splitter.byLines(lines, "*Trade ID:* `7` - continued\n");
        assertThat(parts).hasSize(2).allMatch(p -> p.length() < Splitter.MAX_MESSAGE_LENGTH);
        assertThat(parts.get(0)).startsWith("*Trade ID:* `7`\n" + "x".repeat(99) + "\n");
        assertThat(parts.get(1)).startsWith("*Trade ID:* `7` - continued\n" + "x".repeat(99) + "\n");
        String joined = String.join("", parts).replace("*Trade ID:* `7` - continued\n", "");
        assertThat(joined.split("\n")).hasSize(61);
    }

    @Test
    void partsStartAFreshMessageWithoutRepeatingTheHeader() {
        List<String> lines = Collections.nCopies(100, "y".repeat(59) + "\n");
        List<String> parts = Splitter.byParts("<b>Performance:</b>\n", lines);
        assertThat(parts).hasSize(2).allMatch(p -> p.length() < Splitter.MAX_MESSAGE_LENGTH);
        assertThat(parts.get(0)).startsWith("<b>Performance:</b>\n");
        assertThat(parts.get(1)).startsWith("y");
        assertThat(String.join("", parts)).hasSize("<b>Performance:</b>\n".length() + 6000);
    }

    @Test
    void chunksOfAtMostSize() {
        assertThat(Splitter.chunks(List.of(1, 2, 3, 4, 5, 6, 7), 3)).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6),
                List.of(7));
        assertThat(Splitter.chunks(List.of(), 25)).isEmpty();
    }
}
