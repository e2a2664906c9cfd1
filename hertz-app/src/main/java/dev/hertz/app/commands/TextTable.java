package dev.hertz.app.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Console tables in the shape freqtrade's rich tables print: a title line, a header, a heavy
 * rule, then rows. Text only (no colour codes), so output can be piped and compared.
 */
final class TextTable {
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String title, List<String> header) {
        this.title = title;
        this.header = List.copyOf(header);
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isEmpty()) {
            out.append(title).append('\n');
        }
        line(out, header, width);
        for (int c = 0; c < width.length; c++) {
            out.append(c == 0 ? "" : "━━━").append("━".repeat(width[c]));
        }
        out.append('\n');
        rows.forEach(row -> line(out, row, width));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            if (c > 0) {
                line.append(" ┃ ");
            }
            line.append(cells.get(c)).append(" ".repeat(width[c] - cells.get(c).length()));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
