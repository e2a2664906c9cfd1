package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.Safely;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * freqtrade's backtest loop (reference §7.2): steps through time one candle at a time from
 * {@code min_date + tf} to {@code max_date}; at each step the pairs with open trades come first (in
 * the order those trades opened), then the others in whitelist order; for each (pair, candle) open
 * orders are managed, an entry may be placed, entry orders fill, exits are decided by the engine's
 * own exit rules and exit orders fill. Trades still open at the end are exited at the last open.
 */
public final class Backtester {
    private final BacktestSetup setup;

    public Backtester(BacktestSetup setup) {
        this.setup = setup;
    }

    /**
     * Runs the simulation.
     *
     * @param pairs      the rows of each pair, in whitelist order (empty pairs are skipped)
     * @param minDate    the first trimmed candle over all pairs (epoch ms)
     * @param maxDate    the last candle over all pairs (epoch ms)
     * @param detail     {@code --timeframe-detail} candles per pair (empty map without)
     * @param progress   told how many steps are done and how many trades closed, once per step
     * @param aborted    polled once per step; true stops the run early
     */
    public SimulationResult run(List<PairSignals> pairs, long minDate, long maxDate, Map<String, Candles> detail,
                                BacktestProgress progress, BooleanSupplier aborted) {
        Simulation sim = new Simulation(setup);
        Steps steps = new Steps(sim, pairs, detail);
        long tf = Timeframe.parse(setup.strategy().timeframe()).millis();
        int done = 0;
        for (long now = minDate + tf; now <= maxDate; now += tf) {
            if (aborted.getAsBoolean()) {
                throw new BacktestAbortedException();
            }
            steps.step(now, now == maxDate);
            progress.progress(++done);
            progress.closedTrades(sim.book.closedTrades().size());
        }
        steps.exitLeftOpen();
        sim.wallets.update();
        return new SimulationResult(List.copyOf(sim.book.closedTrades()), sim.locks.allLocks(), sim.counters(),
                sim.wallets.getTotal(setup.config().stakeCurrency()));
    }

    /** The per-step work over one run's state. */
    private static final class Steps {
        private final Simulation sim;
        private final Map<String, PairSignals> byPair = new LinkedHashMap<>();
        /** The pairs with rows, in whitelist order; {@code slot} finds a pair's position. */
        private final PairSignals[] pairs;
        private final Map<String, Integer> slot = new HashMap<>();
        /** Per pair: the next row to take. */
        private final int[] index;
        /** This step's pair order (positions) and which positions it holds already. */
        private final int[] order;
        private final boolean[] queued;
        private final Map<String, Candles> detail;
        private final long detailMillis;
        private final long mainMillis;
        private final SimulatedEntries entries;
        private final SimulatedExits exits;
        private final OpenOrders openOrders;
        private final PositionAdjustments adjustments;
        private final Row row = new Row();

        Steps(Simulation sim, List<PairSignals> rows, Map<String, Candles> detail) {
            this.sim = sim;
            for (PairSignals p : rows) {
                if (!p.isEmpty()) {
                    slot.put(p.pair(), byPair.size());
                    byPair.put(p.pair(), p);
                }
            }
            this.pairs = byPair.values().toArray(PairSignals[]::new);
            this.index = new int[pairs.length];
            this.order = new int[pairs.length];
            this.queued = new boolean[pairs.length];
            this.detail = detail;
            this.detailMillis = sim.setup.timeframeDetail() == null ? 0 : sim.setup.timeframeDetail().millis();
            this.mainMillis = Timeframe.parse(sim.strategy.timeframe()).millis();
            this.entries = new SimulatedEntries(sim);
            this.exits = new SimulatedExits(sim);
            this.openOrders = new OpenOrders(sim, entries);
            this.adjustments = new PositionAdjustments(sim, entries, exits);
        }

        void step(long now, boolean lastStep) {
            Instant time = Instant.ofEpochMilli(now);
            sim.clock.set(time);
            Safely.run("bot_loop_start", () -> sim.strategy.botLoopStart(time));
            int count = pairOrder();
            for (int k = 0; k < count; k++) {
                int s = order[k];
                PairSignals p = pairs[s];
                String pair = p.pair();
                int i = index[s];
                if (i >= p.size() || p.date(i) > now) {
                    continue;
                }
                index[s] = i + 1;
                row.load(p, i);
                String direction = p.direction(i);
                Candles candles = detail.get(pair);
                if (candles != null && (direction != null || !sim.book.openOf(pair).isEmpty())
                        && runDetail(pair, candles, now, direction, !lastStep)) {
                    continue;
                }
                candle(pair, now, direction, !lastStep);
            }
        }

        /** Fills {@link #order}: pairs of open trades first (in opening order), then the whitelist; returns the count. */
        private int pairOrder() {
            int count = 0;
            for (Trade t : sim.book.open()) {
                Integer s = slot.get(t.pair());
                if (s != null && !queued[s]) {
                    queued[s] = true;
                    order[count++] = s;
                }
            }
            for (int s = 0; s < pairs.length; s++) {
                if (!queued[s]) {
                    order[count++] = s;
                } else {
                    queued[s] = false;
                }
            }
            return count;
        }

        /** Replays the main candle as its detail candles; false when there are none for it. */
        private boolean runDetail(String pair, Candles candles, long now, String direction, boolean canEnter) {
            long start = row.date;
            long end = start + mainMillis;
            int from = firstAtOrAfter(candles, start);
            if (from >= candles.size() || candles.date(from) >= end) {
                return false;
            }
            long detailTime = now;
            boolean first = true;
            for (int j = from; j < candles.size() && candles.date(j) < end; j++) {
                row.loadDetail(candles, j);
                sim.clock.set(Instant.ofEpochMilli(detailTime));
                candle(pair, detailTime, direction, first && canEnter);
                detailTime += detailMillis;
                first = false;
            }
            return true;
        }

        private static int firstAtOrAfter(Candles candles, long date) {
            int lo = 0;
            int hi = candles.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (candles.date(mid) < date) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** freqtrade's {@code backtest_loop} for one pair and candle. */
        private void candle(String pair, long nowMillis, String direction, boolean canEnter) {
            Instant now = Instant.ofEpochMilli(nowMillis);
            for (Trade t : copyOfOpen(pair)) {
                if (openOrders.manage(t, now, row)) {
                    sim.book.remove(t);
                    sim.wallets.update();
                }
            }
            if (canEnter && direction != null
                    && (sim.setup.positionStacking() || sim.book.openOf(pair).isEmpty())
                    && !sim.locks.isPairLocked(pair, Instant.ofEpochMilli(row.date), direction)) {
                if (slotAvailable()) {
                    if (entries.enter(pair, row, direction, null, null, null, null, null) != null) {
                        sim.wallets.update();
                    }
                } else {
                    sim.rejectedSignals++;
                }
            }
            for (Trade trade : copyOfOpen(pair)) {
                Order entry = trade.selectOrder(trade.entrySide(), true, false).orElse(null);
                if (sim.tryFill(entry, trade, now, row)) {
                    sim.wallets.update();
                }
                if (!trade.hasOpenOrders()) {
                    if (sim.strategy.positionAdjustmentEnable()) {
                        adjustments.adjust(trade, row, now);
                    }
                    if (trade.isOpen() && !trade.hasOpenOrders()) {
                        exits.checkTradeExit(trade, row, now);
                    }
                }
                Order exit = trade.selectOrder(trade.exitSide(), true, false).orElse(null);
                if (exit != null && trade.isOpen()) {
                    exits.processExitOrder(exit, trade, now, row);
                }
            }
        }

        /** The pair's open trades, copied so the loop may close them; no copy when there are none. */
        private List<Trade> copyOfOpen(String pair) {
            List<Trade> open = sim.book.openOf(pair);
            return open.isEmpty() ? List.of() : new ArrayList<>(open);
        }

        private boolean slotAvailable() {
            int max = sim.setup.maxOpenTrades();
            return max <= 0 || sim.book.openCount() < max;
        }

        /** Exits what is still open at the open of each pair's last row; unfilled entries are dropped. */
        void exitLeftOpen() {
            for (PairSignals p : byPair.values()) {
                for (Trade trade : new ArrayList<>(sim.book.openOf(p.pair()))) {
                    exitAtEnd(p, trade);
                }
            }
        }

        private void exitAtEnd(PairSignals p, Trade trade) {
            if (trade.hasOpenOrders() && trade.nrOfSuccessfulEntries() == 0) {
                return;
            }
            row.load(p, p.size() - 1);
            Instant date = Instant.ofEpochMilli(row.date);
            Order order = exits.placeExitOrder(trade, row, row.open, trade.amount(), "force_exit");
            trade.setExitReason("force_exit");
            exits.processExitOrder(order, trade, date, row);
        }
    }
}
