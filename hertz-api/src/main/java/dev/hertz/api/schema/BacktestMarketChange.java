package dev.hertz.api.schema;

import dev.hertz.optimize.results.MarketChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /backtest/history/{file}/market_change}: the stored market-change series as columns and
 * rows ({@code date} ISO with {@code Z}, {@code __date_ts} in ms).
 */
public record BacktestMarketChange(List<String> columns, int length, List<List<Object>> data) {
    private static final List<String> COLUMNS = List.of("date", "count", "mean", "rel_mean", "__date_ts");

    public static BacktestMarketChange of(MarketChange change) {
        List<List<Object>> rows = new ArrayList<>(change.dates().length);
        for (int i = 0; i < change.dates().length; i++) {
            long date = change.dates()[i];
            rows.add(List.of(Instant.ofEpochMilli(date).toString(), change.count()[i], change.mean()[i],
                    change.relMean()[i], date));
        }
        return new BacktestMarketChange(COLUMNS, rows.size(), rows);
    }
}
