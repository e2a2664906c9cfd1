package dev.hertz.optimize.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A console table drawn as freqtrade's rich tables are (heavy head box, title centred above),
 * text only so a report can be piped, stored and compared. Cells are right-justified as
 * {@code print_rich_table} does by default; the first {@code leftColumns} columns are
 * left-justified (the summary metrics, an index column). The hyperopt epoch table uses it too.
 */
public final class ReportTable {
    private final String title;
    private final List<String> header;
    private final int leftColumns;
    private final List<List<String>> rows = new ArrayList<>();

    public ReportTable(String title, List<String> header, int leftColumns) {
        this.title = title;
        this.header = List.copyOf(header);
        this.leftColumns = leftColumns;
    }

    public ReportTable(String title, List<String> header) {
        this(title, header, 0);
    }

    public ReportTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header has " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public String render() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        int total = 1;
        for (int w : width) {
            total += w + 3;
        }
        StringBuilder out = new StringBuilder();
        if (title != null && !title.isEmpty()) {
            int pad = Math.max(0, (total - title.length()) / 2);
            out.append(" ".repeat(pad)).append(title).append('\n');
        }
        rule(out, width, '┏', '━', '┳', '┓');
        line(out, header, width, '┃');
        rule(out, width, '┡', '━', '╇', '┩');
        rows.forEach(row -> line(out, row, width, '│'));
        rule(out, width, '└', '─', '┴', '┘');
        return out.toString();
    }

    private static void rule(StringBuilder out, int[] width, char start, char fill, char cross, char end) {
        out.append(start);
        for (int c = 0; c < width.length; c++) {
            out.append(String.valueOf(fill).repeat(width[c] + 2)).append(c == width.length - 1 ? end : cross);
        }
        out.append('\n');
    }

    private void line(StringBuilder out, List<String> cells, int[] width, char bar) {
        out.append(bar);
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            out.append(' ').append(c < leftColumns ? cell + pad : pad + cell).append(' ').append(bar);
        }
        out.append('\n');
    }
}
