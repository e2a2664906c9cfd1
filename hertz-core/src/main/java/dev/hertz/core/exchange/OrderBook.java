package dev.hertz.core.exchange;

import java.util.List;

/**
 * An L2 order book: price levels sorted best first (bids descending, asks ascending).
 *
 * @param symbol    market symbol
 * @param timestamp epoch millis of the snapshot
 * @param bids      buy levels, highest price first
 * @param asks      sell levels, lowest price first
 */
public record OrderBook(String symbol, long timestamp, List<Level> bids, List<Level> asks) {

    public OrderBook {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    /** The levels on one side: {@code asks} for a buy, {@code bids} for a sell. */
    public List<Level> side(OrderSide takerSide) {
        return takerSide == OrderSide.BUY ? asks : bids;
    }

    /** One price level. */
    public record Level(double price, double amount) {
    }
}
