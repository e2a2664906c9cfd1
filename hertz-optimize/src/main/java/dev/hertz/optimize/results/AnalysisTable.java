package dev.hertz.optimize.results;

import dev.hertz.core.util.PythonFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of {@code backtesting-analysis}: printed as freqtrade's rich table (floats with three
 * decimals) or written as pandas' {@code to_csv} writes the frame (its index first, full floats).
 *
 * @param name    the line printed above it ({@code Group 0:}), which also names its CSV file
 * @param header  column names, the index column included when {@code indexed}
 * @param rows    cells: {@link String}, {@link Long} or {@link Double}
 * @param indexed whether the first column is the frame's index (printed left-justified); otherwise
 *                {@code positions} hold the row labels pandas writes to CSV
 */
record AnalysisTable(String name, List<String> header, List<List<Object>> rows, boolean indexed, List<Long> positions) {

    String render() {
        ReportTable table = new ReportTable(null, header, indexed ? 1 : 0);
        for (List<Object> row : rows) {
            table.row(row.stream().map(AnalysisTable::text).toList());
        }
        return name + "\n" + table.render();
    }

    /** {@code group_0.csv} for {@code Group 0:}. */
    String csvName() {
        return name.toLowerCase().replace(" ", "_").replace(":", "") + ".csv";
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        List<String> head = new ArrayList<>(header);
        if (!indexed) {
            head.add(0, "");
        }
        out.append(String.join(",", head.stream().map(AnalysisTable::quote).toList())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            if (!indexed) {
                cells.add(Long.toString(positions.get(i)));
            }
            for (Object cell : rows.get(i)) {
                cells.add(quote(cell instanceof Double d ? PythonFormat.floatRepr(d) : cell == null ? "" : cell.toString()));
            }
            out.append(String.join(",", cells)).append('\n');
        }
        return out.toString();
    }

    private static String text(Object cell) {
        if (cell instanceof Double d) {
            return Py.fixed(d, 3);
        }
        return cell == null ? "None" : cell.toString();
    }

    /** CSV quoting as Python's csv module does it by default (minimal). */
    private static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
