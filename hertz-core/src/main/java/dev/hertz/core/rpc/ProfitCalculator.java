package dev.hertz.core.rpc;

import dev.hertz.core.bot.BotContext;
import dev.hertz.core.metrics.Drawdown;
import dev.hertz.core.metrics.RiskMetrics;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.ProfitStruct;
import dev.hertz.core.persistence.Trade;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** freqtrade's {@code _rpc_trade_statistics}, formulas included. */
final class ProfitCalculator {
    private ProfitCalculator() {
    }

    /**
     * @param all            every trade to count (all of them, or those of one direction), id order
     * @param start          closed trades count from this close date on
     * @param startingBalance the wallet's starting balance (0 = unknown)
     * @param currentBalance the bot's total now, for the CAGR
     * @param botStart       the persisted first start, null if unknown
     */
    static ProfitStatistics compute(BotContext ctx, List<Trade> all, Instant start, double startingBalance,
                                    double currentBalance, Instant botStart, Instant now) {
        List<Trade> trades = all.stream()
                .filter(t -> t.isOpen() || (t.closeDate() != null && !t.closeDate().isBefore(start))).toList();
        List<Double> allCoin = new ArrayList<>();
        List<Double> allRatio = new ArrayList<>();
        List<Double> closedCoin = new ArrayList<>();
        List<Double> closedRatio = new ArrayList<>();
        List<Double> durations = new ArrayList<>();
        int winning = 0;
        int losing = 0;
        double winningProfit = 0;
        double losingProfit = 0;
        for (Trade t : trades) {
            if (t.closeDate() != null) {
                durations.add(Duration.between(t.openDate(), t.closeDate()).toNanos() / 1e9);
            }
            double ratio;
            double abs;
            if (!t.isOpen()) {
                ratio = t.closeProfit() == null ? 0.0 : t.closeProfit();
                abs = t.closeProfitAbs() == null ? 0.0 : t.closeProfitAbs();
                closedCoin.add(abs);
                closedRatio.add(ratio);
                if (ratio >= 0) {
                    winning++;
                    winningProfit += abs;
                } else {
                    losing++;
                    losingProfit += abs;
                }
            } else {
                if (t.nrOfSuccessfulEntries() == 0) {
                    continue;
                }
                double rate = TradeStatus.currentRate(ctx, t);
                if (Double.isNaN(rate)) {
                    ratio = Double.NaN;
                    abs = Double.NaN;
                } else {
                    ProfitStruct p = t.calculateProfit(t.closeRate() != null && t.closeRate() != 0
                            ? t.closeRate() : rate, now);
                    ratio = p.profitRatio();
                    abs = p.totalProfit();
                }
            }
            allCoin.add(abs);
            allRatio.add(ratio);
        }
        int closedCount = (int) trades.stream().filter(t -> !t.isOpen()).count();
        double closedSum = RpcFormat.round(sum(closedCoin), 8);
        double closedMean = mean(closedRatio);
        double closedRatioSum = sum(closedRatio);
        double allSum = RpcFormat.round(sum(allCoin), 8);
        double allMean = mean(allRatio);
        double allRatioSum = sum(allRatio);
        double closedFromStart = startingBalance != 0 ? closedSum / startingBalance : 0;
        double allFromStart = startingBalance != 0 ? allSum / startingBalance : 0;
        double profitFactor = losingProfit != 0 ? winningProfit / Math.abs(losingProfit) : Double.POSITIVE_INFINITY;
        double winrate = closedCount > 0 ? (double) winning / closedCount : 0;

        List<Trade> closed = trades.stream().filter(t -> !t.isOpen() && t.closeDate() != null).toList();
        double[] expectancy = expectancy(closed);
        Drawdown dd = Drawdown.of(closed, startingBalance);
        BestPair best = bestPair(closed);
        double volume = tradingVolume(all, start);
        Instant first = trades.isEmpty() ? null : trades.get(0).openDate();
        Instant last = trades.isEmpty() ? null : trades.get(trades.size() - 1).openDate();
        double meanDuration = sum(durations) / (durations.isEmpty() ? 1 : durations.size());
        double[] profits = closed.stream().mapToDouble(ProfitCalculator::closeProfitAbs).toArray();
        List<Trade> byClose = closed.stream().sorted(Comparator.comparing(Trade::closeDate)).toList();
        double[] profitsByClose = byClose.stream().mapToDouble(ProfitCalculator::closeProfitAbs).toArray();
        RiskMetrics.CurrentDrawdown current = RiskMetrics.currentDrawdown(profitsByClose,
                byClose.stream().map(Trade::closeDate).toArray(Instant[]::new), startingBalance);
        return new ProfitStatistics(closedSum, RpcFormat.round(closedMean * 100, 2), closedMean,
                RpcFormat.round(closedRatioSum * 100, 2), closedRatioSum, closedFromStart,
                RpcFormat.round(closedFromStart * 100, 2), 0, allSum, RpcFormat.round(allMean * 100, 2), allMean,
                RpcFormat.round(allRatioSum * 100, 2), allRatioSum, allFromStart,
                RpcFormat.round(allFromStart * 100, 2), 0, trades.size(), closedCount,
                RpcFormat.date(first), first == null ? "" : Humanize.naturalTime(first, now), epochMillis(first),
                RpcFormat.date(last), last == null ? "" : Humanize.naturalTime(last, now), epochMillis(last),
                timedelta(meanDuration), best == null ? "" : best.pair(),
                best == null ? 0 : RpcFormat.round(best.ratio() * 100, 2), best == null ? 0 : best.ratio(),
                best == null ? 0 : best.abs(),
                winning, losing, profitFactor, winrate, expectancy[0], expectancy[1],
                RiskMetrics.sharpe(profits, first, last, startingBalance),
                RiskMetrics.sortino(profits, first, last, startingBalance),
                RiskMetrics.sqn(profits, startingBalance),
                RiskMetrics.calmar(profitsByClose, first, last, startingBalance),
                RiskMetrics.cagr(RiskMetrics.days(first, last), startingBalance, currentBalance),
                dd.relative(), dd.abs(), RpcFormat.date(dd.highDate()), epochMillis(dd.highDate()),
                RpcFormat.date(dd.lowDate()), epochMillis(dd.lowDate()), dd.highValue(), dd.lowValue(),
                current.relative(), current.abs(), current.high(), RpcFormat.date(current.highDate()),
                epochMillis(current.highDate()), volume, epochMillis(botStart), RpcFormat.date(botStart));
    }

    /** freqtrade's {@code calculate_expectancy} over closed trades' absolute profits. */
    static double[] expectancy(List<Trade> closed) {
        RiskMetrics.Expectancy e = RiskMetrics.expectancy(closed.stream().mapToDouble(ProfitCalculator::closeProfitAbs).toArray());
        return new double[] {e.expectancy(), e.ratio()};
    }

    private record BestPair(String pair, double ratio, double abs) {
    }

    /** The pair with the highest Σ close_profit (first seen wins a tie) with its Σ close_profit_abs, or null. */
    private static BestPair bestPair(List<Trade> closed) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        Map<String, Double> abs = new LinkedHashMap<>();
        for (Trade t : closed) {
            ratios.merge(t.pair(), t.closeProfit() == null ? 0.0 : t.closeProfit(), Double::sum);
            abs.merge(t.pair(), closeProfitAbs(t), Double::sum);
        }
        return ratios.entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(e -> new BestPair(e.getKey(), e.getValue(), abs.get(e.getKey()))).orElse(null);
    }

    private static double closeProfitAbs(Trade t) {
        return t.closeProfitAbs() == null ? 0.0 : t.closeProfitAbs();
    }

    /** Σ cost of orders with status {@code closed} filled since {@code start}. */
    private static double tradingVolume(List<Trade> all, Instant start) {
        double volume = 0;
        for (Trade t : all) {
            for (Order o : t.orders()) {
                if ("closed".equals(o.status()) && o.orderFilledDate() != null
                        && !o.orderFilledDate().isBefore(start) && o.cost() != null) {
                    volume += o.cost();
                }
            }
        }
        return volume;
    }

    /** Python's {@code str(timedelta(seconds=s)).split(".")[0]}. */
    static String timedelta(double seconds) {
        long micros = Math.round(seconds * 1_000_000);
        long whole = Math.floorDiv(micros, 1_000_000L);
        long days = Math.floorDiv(whole, 86_400L);
        long rest = whole - days * 86_400L;
        String clock = String.format("%d:%02d:%02d", rest / 3600, rest % 3600 / 60, rest % 60);
        return days == 0 ? clock : days + (Math.abs(days) == 1 ? " day, " : " days, ") + clock;
    }

    private static long epochMillis(Instant at) {
        return at == null ? 0 : at.toEpochMilli();
    }

    private static double sum(List<Double> values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static double mean(List<Double> values) {
        return values.isEmpty() ? 0.0 : sum(values) / values.size();
    }
}
