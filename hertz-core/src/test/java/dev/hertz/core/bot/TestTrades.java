package dev.hertz.core.bot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.config.TradingMode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Trades, orders, configs and a trade source for the bot tests. */
final class TestTrades {

    static final Instant OPENED = Instant.parse("2024-03-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTrades() {
    }

    /** An open spot long with nothing filled yet. */
    static Trade newTrade(String pair, double stake, double fee) {
        Trade t = new Trade();
        t.setExchange("binance");
        t.setPair(pair);
        String[] parts = pair.split("[/:]");
        t.setBaseCurrency(parts[0]);
        t.setStakeCurrency(parts[1]);
        t.setStakeAmount(stake);
        t.setFeeOpen(fee);
        t.setFeeClose(fee);
        t.setOpenDate(OPENED);
        t.setTradingMode(TradingMode.SPOT);
        t.setStrategy("TestStrategy");
        return t;
    }

    /** An open spot long whose entry filled: {@code amount} at {@code rate}, stake {@code amount × rate}. */
    static Trade filledTrade(String pair, double amount, double rate) {
        Trade t = newTrade(pair, amount * rate, 0.001);
        t.setAmount(amount);
        t.setOpenRate(rate);
        t.orders().add(filledOrder("buy", pair, "entry-" + pair, amount, rate, OPENED));
        return t;
    }

    /** An order row still open on the exchange. */
    static Order openOrder(String side, String pair, String id, double amount, double price) {
        Order o = new Order(side, pair, id, amount, price, OPENED);
        o.setStatus("open");
        o.setOrderType("limit");
        o.setSide(side);
        o.setSymbol(pair);
        o.setAmount(amount);
        o.setPrice(price);
        o.setFilled(0.0);
        o.setRemaining(amount);
        return o;
    }

    /** An order row that filled completely at {@code price}. */
    static Order filledOrder(String side, String pair, String id, double amount, double price, Instant at) {
        Order o = new Order(side, pair, id, amount, price, at);
        o.setFtIsOpen(false);
        o.setStatus("closed");
        o.setOrderType("limit");
        o.setSide(side);
        o.setSymbol(pair);
        o.setAmount(amount);
        o.setPrice(price);
        o.setAverage(price);
        o.setFilled(amount);
        o.setRemaining(0.0);
        o.setCost(amount * price);
        o.setOrderFilledDate(at);
        return o;
    }

    static HertzConfig config(String json) {
        try {
            return HertzConfig.from((ObjectNode) JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** A trade source the test fills by hand. */
    static final class Source implements Wallets.TradeSource {
        final List<Trade> open = new ArrayList<>();
        double closedProfit;

        @Override
        public List<Trade> openTrades() {
            return open;
        }

        @Override
        public double totalClosedProfit() {
            return closedProfit;
        }
    }
}
