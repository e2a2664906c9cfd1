package dev.hertz.core.bot;

import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.InvalidOrderException;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.InstantSource;

/**
 * freqtrade's {@code update_trade_state} (reference §2.8): brings an exchange order into its
 * {@code orders} row and applies it to the trade — fill state, fees (quote or base currency, the
 * latter as {@code ft_fee_base}), open rate and amount, partial and full exits — then, once the order
 * is no longer open, sets the initial stop after an entry fill and refreshes the wallets.
 *
 * <p>Nothing is saved here: the caller saves the trade afterwards. What stays with the caller after
 * a fill, as in freqtrade's bot: the strategy's {@code order_filled} callback, cancelling a stop on
 * the exchange after an entry fill, liquidation prices, {@code custom_stoploss(after_fill)}, fill
 * notifications and, when the trade closed, the "Auto lock" and protections.
 */
public final class OrderUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(OrderUpdater.class);

    private final Exchange exchange;
    private final Wallets wallets;
    private final InstantSource clock;
    private final Double strategyStoploss;
    private final FeeDetection fees;

    /**
     * @param exchange         where orders are fetched and fee currencies looked up
     * @param strategyStoploss the strategy's {@code stoploss}, for the initial stop after an entry fill; null = none
     * @param stakeCurrency    config {@code stake_currency}, to value fees paid in a third currency
     * @param unknownFeeRate   config {@code exchange.unknown_fee_rate}, or null
     */
    public OrderUpdater(Exchange exchange, Wallets wallets, InstantSource clock, Double strategyStoploss,
                        String stakeCurrency, Double unknownFeeRate) {
        this.exchange = exchange;
        this.wallets = wallets;
        this.clock = clock;
        this.strategyStoploss = strategyStoploss;
        this.fees = new FeeDetection(exchange, wallets, stakeCurrency, unknownFeeRate);
    }

    /** {@link #updateTradeState(Trade, String, dev.hertz.core.exchange.Order, boolean, boolean)} fetching the order first. */
    public boolean updateTradeState(Trade trade, String orderId) {
        return updateTradeState(trade, orderId, null, false, true);
    }

    /**
     * Applies the exchange's view of order {@code orderId} to {@code trade}.
     *
     * @param actionOrder   the order as already fetched or returned by the exchange, or null to fetch it
     * @param stoplossOrder the order is a stop order (only changes logging)
     * @param sendMsg       false in recovery passes: the trade is then only closed by an exact amount match
     * @return true when the order was cancelled on the exchange without any fill — the caller's cancel
     *         handling deals with it; false otherwise, also when the order could not be fetched
     * @throws DependencyException when the trade has no row for {@code orderId}
     */
    public boolean updateTradeState(Trade trade, String orderId, dev.hertz.core.exchange.Order actionOrder,
                                    boolean stoplossOrder, boolean sendMsg) {
        if (orderId == null || orderId.isEmpty()) {
            LOG.warn("Orderid for trade {} is empty.", trade);
            return false;
        }
        if (!stoplossOrder) {
            LOG.info("Found open order for {}", trade);
        }
        dev.hertz.core.exchange.Order order;
        try {
            order = actionOrder != null ? actionOrder : exchange.fetchOrder(orderId, trade.pair());
        } catch (InvalidOrderException e) {
            LOG.warn("Unable to fetch order {}: {}", orderId, e.getMessage());
            return false;
        }
        Instant now = clock.instant();
        Order row = trade.selectOrderByOrderId(order.id()).orElse(null);
        if (row != null) {
            updateFromExchange(row, order, now);
        } else {
            LOG.warn("Did not find order for {}.", order);
        }
        if (Order.NON_OPEN_EXCHANGE_STATES.contains(order.status().wire()) && order.filled() == 0.0) {
            return true;
        }
        Order own = trade.selectOrderByOrderId(orderId).orElseThrow(() -> new DependencyException(
                "Order_obj not found for " + orderId + ". This should not have happened."));
        fees.handleOrderFee(trade, own, order);
        TradeFromOrders.updateTrade(trade, own, !sendMsg, now);
        if (Order.NON_OPEN_EXCHANGE_STATES.contains(own.status())) {
            if (trade.entrySide().equals(own.ftOrderSide())) {
                TradeStops.adjustStopLoss(trade, trade.openRate(), strategyStoploss, true, false);
            }
            wallets.update();
        }
        return false;
    }

    /**
     * freqtrade's {@code Order.update_from_ccxt_object}: copies the exchange's fields into the row;
     * once the order is no longer open, {@code ft_is_open} turns false and a fill date is recorded
     * (last trade time, else {@code now}) if anything filled.
     *
     * @throws DependencyException when the ids differ
     */
    public static void updateFromExchange(Order row, dev.hertz.core.exchange.Order order, Instant now) {
        if (!order.id().equals(row.orderId())) {
            throw new DependencyException("Order-id's don't match: row " + row.orderId() + ", exchange " + order.id());
        }
        row.setStatus(order.status().wire());
        row.setSymbol(order.symbol());
        row.setOrderType(order.type().wire());
        row.setSide(order.side().wire());
        if (order.price() != null) {
            row.setPrice(order.price());
        }
        row.setAmount(order.amount());
        row.setFilled(order.filled());
        if (order.average() != null) {
            row.setAverage(order.average());
        }
        row.setRemaining(order.remaining());
        row.setCost(order.cost());
        if (order.stopPrice() != null) {
            row.setStopPrice(order.stopPrice());
        }
        if (order.timestamp() != 0) {
            row.setOrderDate(Instant.ofEpochMilli(order.timestamp()));
        } else if (row.orderDate() == null) {
            row.setOrderDate(now);
        }
        row.setFtIsOpen(true);
        if (Order.NON_OPEN_EXCHANGE_STATES.contains(row.status())) {
            row.setFtIsOpen(false);
            if (order.filled() > 0 && row.orderFilledDate() == null) {
                row.setOrderFilledDate(order.lastTradeTimestamp() != null
                        ? Instant.ofEpochMilli(order.lastTradeTimestamp()) : now);
            }
        }
        row.setOrderUpdateDate(now);
    }

    /**
     * freqtrade's {@code Order.parse_from_ccxt_object}: a new row for an order just placed.
     *
     * @param ftOrderSide {@code buy}, {@code sell} or {@code stoploss}
     * @param amount      requested amount to record as {@code ft_amount}, or null for the order's amount
     * @param price       requested price to record as {@code ft_price}, or null for the order's price
     */
    public static Order parseFromExchange(dev.hertz.core.exchange.Order order, String pair, String ftOrderSide,
                                          Double amount, Double price, Instant now) {
        double ftAmount = amount != null && amount != 0 ? amount : order.amount();
        double ftPrice = price != null && price != 0 ? price : order.price() != null ? order.price() : 0.0;
        Order row = new Order(ftOrderSide, pair, order.id(), ftAmount, ftPrice, null);
        updateFromExchange(row, order, now);
        return row;
    }
}
