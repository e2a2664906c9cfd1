package dev.hertz.notify.telegram;

import dev.hertz.core.util.PythonFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Python tabulate's {@code simple} format, as freqtrade's Telegram tables use it: a header row, a
 * row of dashes per column, the data rows; two spaces between columns. A column whose cells all
 * read as numbers is right-aligned (floats on their decimal point, in {@code g} form), others
 * left-aligned; each column is at least its header plus two wide; headers beyond the data's
 * column count are dropped.
 */
final class TextTable {
    private TextTable() {
    }

    static String render(List<String> headers, List<List<String>> rows) {
        int columns = rows.isEmpty() ? headers.size() : rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> head = new ArrayList<>(headers.subList(0, Math.min(columns, headers.size())));
        while (head.size() < columns) {
            head.add("");
        }
        List<List<String>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                r.add(c < row.size() && row.get(c) != null ? row.get(c).strip() : "");
            }
            cells.add(r);
        }
        boolean[] numeric = new boolean[columns];
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            numeric[c] = isNumericColumn(cells, c);
            if (numeric[c]) {
                alignDecimals(cells, c);
            }
            int width = head.get(c).length() + 2;
            for (List<String> r : cells) {
                width = Math.max(width, r.get(c).length());
            }
            widths[c] = width;
        }
        StringBuilder out = new StringBuilder();
        out.append(line(head, widths, numeric)).append('\n');
        List<String> dashes = new ArrayList<>();
        for (int w : widths) {
            dashes.add("-".repeat(w));
        }
        out.append(line(dashes, widths, numeric));
        for (List<String> r : cells) {
            out.append('\n').append(line(r, widths, numeric));
        }
        return out.toString();
    }

    private static String line(List<String> values, int[] widths, boolean[] numeric) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            if (c > 0) {
                b.append("  ");
            }
            String v = values.get(c);
            String pad = " ".repeat(Math.max(0, widths[c] - v.length()));
            b.append(numeric[c] ? pad + v : v + pad);
        }
        return b.toString().stripTrailing();
    }

    private static boolean isNumericColumn(List<List<String>> cells, int c) {
        boolean any = false;
        for (List<String> r : cells) {
            String v = r.get(c);
            if (v.isEmpty()) {
                continue;
            }
            if (!isNumber(v)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static boolean isNumber(String v) {
        try {
            PythonFormat.parseFloat(v);
            return !v.endsWith("d") && !v.endsWith("f") && !v.endsWith("D") && !v.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isInt(String v) {
        return v.matches("[-+]?\\d+");
    }

    /** Floats in {@code g} form, padded on the right so their decimal points line up (tabulate's "decimal"). */
    private static void alignDecimals(List<List<String>> cells, int c) {
        boolean allInts = cells.stream().map(r -> r.get(c)).allMatch(v -> v.isEmpty() || isInt(v));
        if (allInts) {
            return;
        }
        int maxAfter = -1;
        for (List<String> r : cells) {
            String v = r.get(c);
            if (!v.isEmpty()) {
                v = PythonFormat.general(PythonFormat.parseFloat(v), 6);
                r.set(c, v);
                maxAfter = Math.max(maxAfter, afterPoint(v));
            }
        }
        for (List<String> r : cells) {
            String v = r.get(c);
            if (!v.isEmpty()) {
                r.set(c, v + " ".repeat(maxAfter - afterPoint(v)));
            }
        }
    }

    private static int afterPoint(String v) {
        int dot = v.indexOf('.');
        return dot < 0 ? -1 : v.length() - dot - 1;
    }
}
