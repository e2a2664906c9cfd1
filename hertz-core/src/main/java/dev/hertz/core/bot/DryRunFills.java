package dev.hertz.core.bot;

import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OrderBook;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.Precision;

import java.util.List;

/**
 * freqtrade's dry-run fill rules ({@code _dry_is_price_crossed}, {@code get_dry_market_fill_price}),
 * kept apart from the order bookkeeping in {@link DryRunExchange} so each rule reads on its own.
 */
final class DryRunFills {

    /** A limit order priced this far through the book is simulated as a market order. */
    static final double CROSSING_ALLOWANCE = 0.01;
    /** A simulated market order never fills further than this from its reference rate. */
    static final double MAX_SLIPPAGE = 0.05;

    private DryRunFills() {
    }

    /**
     * Whether a {@code side} order at {@code limit} crosses the best opposite level, after moving
     * the limit {@code offset} towards the book: a buy when {@code limit × (1 - offset) ≥ best ask},
     * a sell when {@code limit × (1 + offset) ≤ best bid}. An empty book side never crosses, so the
     * order simply waits for the next check.
     */
    static boolean isPriceCrossed(OrderSide side, double limit, OrderBook book, double offset) {
        List<OrderBook.Level> levels = book.side(side);
        if (levels.isEmpty()) {
            return false;
        }
        double best = levels.get(0).price();
        return side == OrderSide.BUY ? limit * (1 - offset) >= best : limit * (1 + offset) <= best;
    }

    /**
     * The average price of a market order of {@code amount} walking the book from the best level:
     * each level gives up to its volume; what the book cannot cover is priced at the last level
     * seen. The average is capped at 5 % slippage from {@code rate} (above for buys, below for
     * sells) and rounded to the market's price precision. A book without levels on the taker side
     * gives {@code rate}, as an exchange without order books does.
     */
    static double marketFillPrice(Market market, OrderSide side, double amount, double rate, OrderBook book) {
        List<OrderBook.Level> levels = book == null ? List.of() : book.side(side);
        if (levels.isEmpty()) {
            return rate;
        }
        double remaining = amount;
        double filledValue = 0.0;
        double levelPrice = 0.0;
        boolean covered = false;
        for (OrderBook.Level level : levels) {
            levelPrice = level.price();
            if (remaining <= 0) {
                covered = true;
                break;
            }
            if (remaining < level.amount()) {
                filledValue += remaining * levelPrice;
                covered = true;
                break;
            }
            filledValue += level.amount() * levelPrice;
            remaining -= level.amount();
        }
        if (!covered) {
            filledValue += remaining * levelPrice;
        }
        double average = Math.max(filledValue, 0) / amount;
        double worst = rate * (side == OrderSide.BUY ? 1 + MAX_SLIPPAGE : 1 - MAX_SLIPPAGE);
        average = side == OrderSide.BUY ? Math.min(average, worst) : Math.max(average, worst);
        return Precision.priceToPrecision(market, average);
    }
}
