package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /historic_balance}: the bot's wallet value over time, for FreqUI's equity chart.
 *
 * <p>Hertz records no wallet snapshots, so the series is reconstructed from the trades: the
 * starting balance at the first trade's open, then the starting balance plus the cumulative
 * closed profit at each trade's close. Open trades' unrealised profit and fees paid outside
 * trades are not in it; it therefore matches the wallet exactly in dry-run and whenever no trade
 * is open.
 *
 * @param columns        {@code date} (ISO {@code ...Z}), {@code __date_ts} (epoch ms), {@code total_quote}
 * @param data           one row per point, aligned with {@code columns}
 * @param captureStartTs null: every row is reconstructed, none was recorded
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletHistory(List<String> columns, int length, List<List<Object>> data, Long captureStartTs) {
    static final List<String> COLUMNS = List.of("date", "__date_ts", "total_quote");

    /** The series over {@code trades} (any order) from {@code startingBalance}; no rows without trades. */
    static WalletHistory of(List<Trade> trades, double startingBalance) {
        List<List<Object>> rows = new ArrayList<>();
        trades.stream().map(Trade::openDate).min(Comparator.naturalOrder())
                .ifPresent(first -> rows.add(row(first, startingBalance)));
        double total = startingBalance;
        for (Trade t : trades.stream().filter(t -> !t.isOpen() && t.closeDate() != null)
                .sorted(Comparator.comparing(Trade::closeDate)).toList()) {
            total += t.closeProfitAbs() == null ? 0.0 : t.closeProfitAbs();
            rows.add(row(t.closeDate(), total));
        }
        return new WalletHistory(COLUMNS, rows.size(), rows, null);
    }

    private static List<Object> row(Instant at, double total) {
        return Arrays.asList(RpcFormat.isoZ(at), at.toEpochMilli(), total);
    }
}
