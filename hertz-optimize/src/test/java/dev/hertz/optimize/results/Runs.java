package dev.hertz.optimize.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Candles;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.PairLock;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.builtin.SampleStrategy;
import dev.hertz.optimize.backtest.RunCounters;
import dev.hertz.optimize.backtest.StrategyRun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built backtest runs: trades with the columns the statistics read, and a run around them. */
final class Runs {
    static final Instant MIN = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant MAX = Instant.parse("2024-01-11T00:00:00Z");
    static final List<String> PAIRS = List.of("BTC/USDT", "ETH/USDT", "XRP/USDT");

    private Runs() {
    }

    static Trade trade(String pair, String open, String close, double ratio, double abs, String tag, String reason) {
        Trade t = new Trade();
        t.setPair(pair);
        t.setOpen(false);
        t.setOpenDate(Instant.parse(open));
        t.setCloseDate(Instant.parse(close));
        t.setCloseProfit(ratio);
        t.setCloseProfitAbs(abs);
        t.setStakeAmount(100.0);
        t.setMaxStakeAmount(100.0);
        t.setAmount(1.0);
        t.setOpenRate(100.0);
        t.setCloseRate(100.0 * (1 + ratio));
        t.setFeeOpen(0.001);
        t.setFeeClose(0.001);
        t.setEnterTag(tag);
        t.setExitReason(reason);
        t.setStopLoss(90.0);
        t.setStopLossPct(-0.1);
        t.setInitialStopLoss(90.0);
        t.setInitialStopLossPct(-0.1);
        t.setMinRate(95.0);
        t.setMaxRate(110.0);
        Order entry = new Order("buy", pair, "1", 1.0, 100.0, t.openDate());
        entry.setStatus("closed");
        entry.setFilled(1.0);
        entry.setAmount(1.0);
        entry.setFtIsOpen(false);
        entry.setOrderFilledDate(t.openDate());
        t.orders().add(entry);
        Order unfilled = new Order("sell", pair, "2", 1.0, 120.0, t.openDate());
        unfilled.setStatus("canceled");
        unfilled.setFtIsOpen(false);
        t.orders().add(unfilled);
        return t;
    }

    /** Five closed trades over 2024-01-01 .. 2024-01-10, Σ profit 30 on a 1000 wallet (see the formulas test). */
    static List<Trade> fiveTrades() {
        return List.of(
                trade("BTC/USDT", "2024-01-01T00:00:00Z", "2024-01-01T02:00:00Z", 0.02, 20, "a", "roi"),
                trade("ETH/USDT", "2024-01-02T00:00:00Z", "2024-01-03T01:00:00Z", -0.01, -10, "b", "stop_loss"),
                trade("BTC/USDT", "2024-01-04T00:00:00Z", "2024-01-04T00:30:00Z", 0.0, 0, "a", "exit_signal"),
                trade("ETH/USDT", "2024-01-05T00:00:00Z", "2024-01-08T10:00:00Z", -0.03, -30, null, "stop_loss"),
                trade("BTC/USDT", "2024-01-09T00:00:00Z", "2024-01-10T00:00:00Z", 0.05, 50, "a", "force_exit"));
    }

    static Map<String, Candles> data() {
        long t0 = MIN.toEpochMilli();
        long day = 86_400_000L;
        return Map.of(
                "BTC/USDT", Candles.of(new long[] {t0, t0 + day, t0 + 2 * day}, new double[] {100, 105, 110},
                        new double[] {100, 105, 110}, new double[] {100, 105, 110}, new double[] {100, 105, 110},
                        new double[] {1, 1, 1}),
                "ETH/USDT", Candles.of(new long[] {t0 + day, t0 + 2 * day}, new double[] {50, 40}, new double[] {50, 40},
                        new double[] {50, 40}, new double[] {50, 40}, new double[] {1, 1}));
    }

    static HertzConfig config() {
        try {
            return HertzConfig.from((ObjectNode) new ObjectMapper().readTree("""
                    {"stake_currency": "USDT", "stake_amount": "unlimited", "dry_run_wallet": 1000,
                     "max_open_trades": 3, "trading_mode": "spot", "margin_mode": ""}"""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static StrategyRun run(List<Trade> trades) {
        return run("SampleStrategy", trades);
    }

    static StrategyRun run(String name, List<Trade> trades) {
        double total = trades.stream().mapToDouble(Trade::closeProfitAbs).sum();
        List<PairLock> locks = new ArrayList<>();
        locks.add(new PairLock(1L, "ETH/USDT", "*", "StoplossGuard", Instant.parse("2024-01-03T01:00:00Z"),
                Instant.parse("2024-01-03T05:00:00Z"), false));
        return new StrategyRun(name, new SampleStrategy(), config(), PAIRS, trades, locks, MIN, MAX,
                new RunCounters(4, 1, 0, 0, 0, 0), 1000.0, 1000.0 + total, 3, 3, "5m", null, "20240101-20240111", false,
                data(), Instant.parse("2024-02-01T10:00:00Z"), Instant.parse("2024-02-01T10:00:03Z"));
    }
}
