package dev.hertz.core.rpc;

import dev.hertz.core.persistence.Trade;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The closed-trade reports: per pair, per tag, {@code /stats} and profit per period. */
final class PerformanceReports {
    private PerformanceReports() {
    }

    private static final class Sum {
        double ratio;
        double abs;
        int count;

        void add(Trade t) {
            ratio += t.closeProfit() == null ? 0 : t.closeProfit();
            abs += t.closeProfitAbs() == null ? 0 : t.closeProfitAbs();
            count++;
        }
    }

    private static Map<String, Sum> grouped(List<Trade> closed, Function<Trade, String> key) {
        Map<String, Sum> groups = new LinkedHashMap<>();
        for (Trade t : closed) {
            groups.computeIfAbsent(key.apply(t), k -> new Sum()).add(t);
        }
        return groups;
    }

    private static List<Map.Entry<String, Sum>> byProfitAbsDesc(Map<String, Sum> groups) {
        List<Map.Entry<String, Sum>> entries = new ArrayList<>(groups.entrySet());
        entries.sort(Comparator.comparingDouble((Map.Entry<String, Sum> e) -> e.getValue().abs).reversed());
        return entries;
    }

    static List<PairPerformance> pairs(List<Trade> closed) {
        return byProfitAbsDesc(grouped(closed, Trade::pair)).stream().map(e -> {
            Sum s = e.getValue();
            double pct = RpcFormat.round(s.ratio * 100, 2);
            return new PairPerformance(e.getKey(), pct, s.ratio, pct, s.abs, s.count);
        }).toList();
    }

    static List<TagPerformance> tags(List<Trade> closed, String kind, Function<Trade, String> tag) {
        return byProfitAbsDesc(grouped(closed, t -> orOther(tag.apply(t)))).stream()
                .map(e -> new TagPerformance(kind, e.getKey(), e.getValue().ratio,
                        RpcFormat.round(e.getValue().ratio * 100, 2), e.getValue().abs, e.getValue().count))
                .toList();
    }

    /**
     * freqtrade's mix-tag report: trades by profit_abs descending, merged per combination in
     * first-seen order, keeping freqtrade's quirk for a merged entry's percent
     * ({@code round(profit + previous_ratio * 100, 2)}).
     */
    static List<TagPerformance> mixTags(List<Trade> closed) {
        List<Trade> sorted = new ArrayList<>(closed);
        sorted.sort(Comparator.comparingDouble((Trade t) -> t.closeProfitAbs() == null ? 0 : t.closeProfitAbs())
                .reversed());
        List<TagPerformance> out = new ArrayList<>();
        for (Trade t : sorted) {
            String mix = orOther(t.enterTag()) + " " + orOther(t.exitReason());
            double ratio = t.closeProfit() == null ? 0 : t.closeProfit();
            double abs = t.closeProfitAbs() == null ? 0 : t.closeProfitAbs();
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).tag().equals(mix)) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(new TagPerformance("mix_tag", mix, ratio, RpcFormat.round(ratio * 100, 2), abs, 1));
            } else {
                TagPerformance prev = out.get(at);
                out.set(at, new TagPerformance("mix_tag", mix, ratio + prev.profitRatio(),
                        RpcFormat.round(ratio + prev.profitRatio() * 100, 2), abs + prev.profitAbs(),
                        1 + prev.count()));
            }
        }
        return out;
    }

    static Stats stats(List<Trade> closed) {
        Map<String, int[]> reasons = new LinkedHashMap<>();
        List<List<Double>> durations = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Trade t : closed) {
            double p = t.closeProfit() == null ? 0 : t.closeProfit();
            int outcome = p > 0 ? 0 : p < 0 ? 1 : 2;
            reasons.computeIfAbsent(t.exitReason(), k -> new int[3])[outcome]++;
            if (t.closeDate() != null && t.openDate() != null) {
                durations.get(outcome).add(Duration.between(t.openDate(), t.closeDate()).toNanos() / 1e9);
            }
        }
        Map<String, Stats.Outcomes> out = new LinkedHashMap<>();
        reasons.forEach((k, v) -> out.put(k, new Stats.Outcomes(v[0], v[1], v[2])));
        return new Stats(out, new Stats.Durations(mean(durations.get(0)), mean(durations.get(2)),
                mean(durations.get(1))));
    }

    /** Profit per period, newest first; {@code totalStake} is the wallet's current total stake amount. */
    static List<TimeUnitProfit.Period> periods(List<Trade> closed, LocalDate today, TimeUnitProfit.Unit unit,
                                               int count, double totalStake) {
        LocalDate start = switch (unit) {
            case DAYS -> today;
            case WEEKS -> today.with(DayOfWeek.MONDAY);
            case MONTHS -> today.withDayOfMonth(1);
        };
        List<TimeUnitProfit.Period> out = new ArrayList<>();
        double balance = totalStake;
        for (int i = 0; i < count; i++) {
            LocalDate from = step(start, unit, -i);
            LocalDate to = step(from, unit, 1);
            double profit = 0;
            int trades = 0;
            for (Trade t : closed) {
                LocalDate closedOn = t.closeDate() == null ? null : t.closeDate().atOffset(ZoneOffset.UTC).toLocalDate();
                if (closedOn != null && !closedOn.isBefore(from) && closedOn.isBefore(to)) {
                    trades++;
                    profit += t.closeProfitAbs() == null ? 0 : t.closeProfitAbs();
                }
            }
            balance -= profit;
            out.add(new TimeUnitProfit.Period(from.toString(), profit, balance,
                    balance > 0 ? RpcFormat.round(profit / balance, 8) : 0, 0, trades));
        }
        return out;
    }

    private static LocalDate step(LocalDate date, TimeUnitProfit.Unit unit, int n) {
        return switch (unit) {
            case DAYS -> date.plusDays(n);
            case WEEKS -> date.plusWeeks(n);
            case MONTHS -> date.plusMonths(n);
        };
    }

    private static String orOther(String tag) {
        return tag == null ? "Other" : tag;
    }

    private static Double mean(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.size();
    }
}
