package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.util.PythonFormat;
import dev.hertz.optimize.results.ResultFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hyperopt-list --export-csv}: freqtrade's CSV of the listed epochs (its
 * {@code export_csv_file} columns and number formats), one column per hyperopt dimension of the
 * first epoch after the fixed ones. An existing file is never overwritten.
 */
public final class EpochCsv {
    private static final List<String> COLUMNS = List.of("Best", "Epoch", "Trades", "Avg profit", "Median profit",
            "Total profit", "Stake currency", "Profit", "Avg duration", "Trade count long", "Trade count short",
            "Objective");

    private EpochCsv() {
    }

    /**
     * Writes the epochs to {@code file}; nothing is written for an empty list.
     *
     * @throws ResultFileException INVALID when the file exists already, IO when it cannot be written
     */
    public static void write(Path file, List<Epoch> epochs, String stakeCurrency) {
        if (epochs.isEmpty()) {
            return;
        }
        if (Files.exists(file)) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "CSV file already exists: " + file);
        }
        try {
            Files.writeString(file, text(epochs, stakeCurrency), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Failed to create CSV file: " + file + ": "
                    + e.getMessage(), e);
        }
    }

    static String text(List<Epoch> epochs, String stakeCurrency) {
        List<String> params = new ArrayList<>();
        epochs.get(0).paramsDict().fieldNames().forEachRemaining(params::add);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(params);
        line(out, header);
        for (Epoch e : epochs) {
            JsonNode m = e.resultsMetrics();
            List<String> cells = new ArrayList<>();
            cells.add(e.isInitialPoint() && e.isBest() ? "* Best" : e.isBest() ? "Best" : e.isInitialPoint() ? "*" : "");
            cells.add(String.valueOf(e.currentEpoch()));
            cells.add(PythonFormat.str(m.get("total_trades")));
            cells.add(m.hasNonNull("profit_mean") ? EpochTable.grouped(m.get("profit_mean").asDouble() * 100, 2) + "%" : "");
            cells.add(m.hasNonNull("profit_median") ? PythonFormat.floatRepr(m.get("profit_median").asDouble() * 100) : "");
            double total = m.path("profit_total").asDouble();
            cells.add(total != 0 ? EpochTable.grouped(total, 8) : "");
            cells.add(stakeCurrency);
            cells.add(m.hasNonNull("profit_total_abs") ? EpochTable.grouped(m.get("profit_total_abs").asDouble(), 2) : "");
            cells.add(m.path("holding_avg").asText(""));
            cells.add(PythonFormat.str(m.get("trade_count_long")));
            cells.add(PythonFormat.str(m.get("trade_count_short")));
            cells.add(e.loss() != Epoch.MAX_LOSS ? EpochTable.grouped(e.loss(), 5) : "");
            for (String p : params) {
                JsonNode v = e.paramsDict().get(p);
                cells.add(v == null || v.isNull() ? "" : PythonFormat.str(v));
            }
            line(out, cells);
        }
        return out.toString();
    }

    /** One CSV line, quoting as pandas does: only fields with a comma, quote or line break. */
    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                c = "\"" + c.replace("\"", "\"\"") + "\"";
            }
            out.append(i == 0 ? "" : ",").append(c);
        }
        out.append('\n');
    }
}
