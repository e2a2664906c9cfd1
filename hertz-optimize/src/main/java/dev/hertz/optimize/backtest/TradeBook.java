package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.Wallets;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.protection.ClosedTrade;
import dev.hertz.core.protection.TradeHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated trades of one backtest (freqtrade's {@code LocalTrade} class lists): open trades
 * in the order they were opened and per pair, closed trades in the order they closed. The wallet
 * and the protections read them, as they read the database when trading live.
 */
final class TradeBook implements Wallets.TradeSource, TradeHistory {
    private final List<Trade> open = new ArrayList<>();
    private final Map<String, List<Trade>> openByPair = new HashMap<>();
    private final List<Trade> closed = new ArrayList<>();
    private double closedProfit;
    private long lastTradeId;
    private long lastOrderId;

    long nextTradeId() {
        return ++lastTradeId;
    }

    long nextOrderId() {
        return ++lastOrderId;
    }

    void add(Trade trade) {
        open.add(trade);
        openByPair.computeIfAbsent(trade.pair(), p -> new ArrayList<>(2)).add(trade);
    }

    /** Forgets an open trade whose entry never filled. */
    void remove(Trade trade) {
        open.remove(trade);
        openByPair.get(trade.pair()).remove(trade);
    }

    /** Moves a trade that just closed to the closed list. */
    void closed(Trade trade) {
        remove(trade);
        closed.add(trade);
        Double abs = trade.closeProfitAbs();
        closedProfit += abs == null ? 0 : abs;
    }

    /** The open trades of {@code pair}; the live list, copy it before changing the book while iterating. */
    List<Trade> openOf(String pair) {
        List<Trade> trades = openByPair.get(pair);
        return trades == null ? Collections.emptyList() : trades;
    }

    int openCount() {
        return open.size();
    }

    /** Open trades in the order they were opened. */
    List<Trade> open() {
        return open;
    }

    List<Trade> closedTrades() {
        return closed;
    }

    @Override
    public List<Trade> openTrades() {
        return open;
    }

    @Override
    public double totalClosedProfit() {
        return closedProfit;
    }

    @Override
    public List<ClosedTrade> closedTradesAfter(String pair, Instant after) {
        List<ClosedTrade> result = new ArrayList<>();
        for (Trade t : closed) {
            if ((pair == null || pair.equals(t.pair())) && t.closeDate().isAfter(after)) {
                result.add(ClosedTrade.of(t));
            }
        }
        return result;
    }
}
