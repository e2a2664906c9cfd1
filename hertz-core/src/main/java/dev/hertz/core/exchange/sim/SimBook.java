package dev.hertz.core.exchange.sim;

import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated L2 book of one pair around its last price: a spread of about half a basis point,
 * levels about one basis point apart, and amounts that grow with the distance from the top, all on
 * the market's tick and step grids. Amounts are a deterministic function of (seed, pair, 15 s
 * sub-step, side, level), so the same instant always shows the same book, whatever depth is asked.
 */
final class SimBook {

    private static final double SPREAD = 0.00005;
    private static final double LEVEL_GAP = 0.0001;
    /** Quote value at the top level as a share of the daily volume. */
    private static final double TOP_DEPTH_SHARE = 0.00001;
    private static final double MIN_TOP_DEPTH = 500;

    private final long seed;
    private final long salt;
    private final TickGrid prices;
    private final TickGrid amounts;
    private final double topDepth;

    SimBook(long seed, SimMarketSpec spec) {
        this.seed = seed;
        this.salt = spec.symbol().hashCode() * 0xC2B2AE3D27D4EB4FL;
        this.prices = new TickGrid(spec.tickSize());
        this.amounts = new TickGrid(spec.stepSize());
        this.topDepth = Math.max(MIN_TOP_DEPTH, spec.dailyVolume() * TOP_DEPTH_SHARE);
    }

    /** The levels one side offers at {@code nowMs}: asks for a taker buying, bids for a taker selling. */
    final class Side {
        private final long substep;
        private final long topTicks;
        private final long gapTicks;
        private final int sign;
        private final long sideSalt;

        private Side(double last, long nowMs, OrderSide takerSide) {
            this.substep = Math.floorDiv(nowMs, PathModel.SUBSTEP_MS);
            long lastTicks = prices.nearestSteps(last);
            long spreadTicks = Math.max(1, Math.round(last * SPREAD / prices.step()));
            long bidTicks = lastTicks - spreadTicks / 2;
            this.gapTicks = Math.max(1, Math.round(last * LEVEL_GAP / prices.step()));
            this.sign = takerSide == OrderSide.BUY ? 1 : -1;
            this.topTicks = takerSide == OrderSide.BUY ? bidTicks + spreadTicks : bidTicks;
            this.sideSalt = salt ^ (takerSide == OrderSide.BUY ? 0xA5A5L : 0x5A5AL);
        }

        /** Whether level {@code i} exists (bid prices must stay positive). */
        boolean has(int i) {
            return topTicks + sign * i * gapTicks > 0;
        }

        double price(int i) {
            return prices.value(topTicks + sign * i * gapTicks);
        }

        double amount(int i) {
            double u = (SplitMix64.mix(seed, sideSalt, substep * 65_536 + i) >>> 11) * 0x1.0p-53;
            double quote = topDepth * (1 + 0.25 * i) * (0.4 + 1.2 * u);
            return Math.max(amounts.step(), amounts.floor(quote / price(i)));
        }
    }

    Side side(double last, long nowMs, OrderSide takerSide) {
        return new Side(last, nowMs, takerSide);
    }

    OrderBook book(String symbol, double last, long nowMs, int depth) {
        return new OrderBook(symbol, nowMs, levels(side(last, nowMs, OrderSide.SELL), depth),
                levels(side(last, nowMs, OrderSide.BUY), depth));
    }

    private static List<OrderBook.Level> levels(Side side, int depth) {
        List<OrderBook.Level> out = new ArrayList<>(depth);
        for (int i = 0; i < depth && side.has(i); i++) {
            out.add(new OrderBook.Level(side.price(i), side.amount(i)));
        }
        return out;
    }
}
