package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Trades binned by close date as pandas' {@code resample} bins them: {@code 1d} (label = the
 * day), {@code 1W-MON} (weeks ending on Monday, label = that Monday) and {@code 1ME} (label = the
 * month's last day). Every bin between the first and the last close is present, empty ones too.
 */
enum Periods {
    DAY, WEEK, MONTH;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The {@code --breakdown} / {@code periodic_breakdown} name. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Periods of(String key) {
        for (Periods p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Period " + key + " is not supported.");
    }

    LocalDate label(LocalDate closeDay) {
        return switch (this) {
            case DAY -> closeDay;
            case WEEK -> closeDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> closeDay.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    private LocalDate next(LocalDate label) {
        return switch (this) {
            case DAY -> label.plusDays(1);
            case WEEK -> label.plusWeeks(1);
            case MONTH -> label.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** The trades of each bin, labels ascending, empty bins included; empty without trades. */
    TreeMap<LocalDate, List<TradeRow>> bins(List<TradeRow> trades) {
        TreeMap<LocalDate, List<TradeRow>> bins = new TreeMap<>();
        if (trades.isEmpty()) {
            return bins;
        }
        for (TradeRow t : trades) {
            bins.computeIfAbsent(label(LocalDate.ofInstant(t.closeDate(), ZoneOffset.UTC)), d -> new ArrayList<>()).add(t);
        }
        for (LocalDate d = bins.firstKey(); d.isBefore(bins.lastKey()); d = next(d)) {
            bins.computeIfAbsent(d, x -> new ArrayList<>());
        }
        return bins;
    }

    /** freqtrade's {@code generate_periodic_breakdown_stats}. */
    ArrayNode breakdown(List<TradeRow> trades) {
        ArrayNode out = JSON.arrayNode();
        bins(trades).forEach((label, bin) -> {
            long wins = bin.stream().filter(t -> t.profitAbs() > 0).count();
            long draws = bin.stream().filter(t -> t.profitAbs() == 0).count();
            long loses = bin.stream().filter(t -> t.profitAbs() < 0).count();
            long n = wins + draws + loses;
            ObjectNode row = out.addObject();
            row.put("date", LABEL.format(label));
            row.put("date_ts", label.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            row.put("profit_abs", Py.round(bin.stream().mapToDouble(TradeRow::profitAbs).sum(), 10));
            row.put("wins", wins);
            row.put("draws", draws);
            row.put("loses", loses);
            row.put("winrate", n > 0 ? (double) wins / n : 0.0);
        });
        return out;
    }

    /** {@code {day, week, month}} breakdowns. */
    static ObjectNode all(List<TradeRow> trades) {
        ObjectNode out = JSON.objectNode();
        for (Periods p : values()) {
            out.set(p.key(), p.breakdown(trades));
        }
        return out;
    }

    /** freqtrade's {@code generate_daily_stats}, in its key order. */
    static void dailyStats(ObjectNode stats, List<TradeRow> trades) {
        TreeMap<LocalDate, List<TradeRow>> days = DAY.bins(trades);
        double bestRel = trades.isEmpty() ? 0 : Double.NEGATIVE_INFINITY;
        double worstRel = trades.isEmpty() ? 0 : Double.POSITIVE_INFINITY;
        double best = trades.isEmpty() ? 0 : Double.NEGATIVE_INFINITY;
        double worst = trades.isEmpty() ? 0 : Double.POSITIVE_INFINITY;
        int winning = 0;
        int draw = 0;
        int losing = 0;
        ArrayNode daily = JSON.arrayNode();
        for (var day : days.entrySet()) {
            double rel = day.getValue().stream().mapToDouble(TradeRow::profitRatio).sum();
            double abs = Py.round(day.getValue().stream().mapToDouble(TradeRow::profitAbs).sum(), 10);
            bestRel = Math.max(bestRel, rel);
            worstRel = Math.min(worstRel, rel);
            best = Math.max(best, abs);
            worst = Math.min(worst, abs);
            if (abs > 0) {
                winning++;
            } else if (abs < 0) {
                losing++;
            } else {
                draw++;
            }
            daily.addArray().add(day.getKey().toString()).add(abs);
        }
        stats.put("backtest_best_day", bestRel);
        stats.put("backtest_worst_day", worstRel);
        stats.put("backtest_best_day_abs", best);
        stats.put("backtest_worst_day_abs", worst);
        stats.put("winning_days", winning);
        stats.put("draw_days", draw);
        stats.put("losing_days", losing);
        stats.set("daily_profit", daily);
    }
}
