package dev.hertz.core.persistence;

import java.time.Instant;
import java.util.Set;

/**
 * One row of freqtrade's {@code orders} table: an order the bot placed for a trade, mirroring the
 * ccxt order structure plus the bot's own {@code ft_*} fields.
 *
 * <p>Mutable on purpose: like its {@link Trade}, an order is a working object that the order-update
 * routine refreshes field by field from the exchange and that is then saved with its trade. Only
 * the trade's owner (the bot loop, one thread) mutates it. Nullable columns are boxed; the
 * {@code safe*} accessors apply freqtrade's fallbacks (Python's {@code or}, so zero falls through).
 */
public final class Order {

    /** ccxt states after which an order is no longer open on the exchange. */
    public static final Set<String> NON_OPEN_EXCHANGE_STATES = Set.of("cancelled", "canceled", "closed", "expired");

    private Long id;
    private Long ftTradeId;
    private String ftOrderSide;
    private String ftPair;
    private boolean ftIsOpen = true;
    private double ftAmount;
    private double ftPrice;
    private String ftCancelReason;
    private String orderId;
    private String status;
    private String symbol;
    private String orderType;
    private String side;
    private Double price;
    private Double average;
    private Double amount;
    private Double filled;
    private Double remaining;
    private Double cost;
    private Double stopPrice;
    private Instant orderDate;
    private Instant orderFilledDate;
    private Instant orderUpdateDate;
    private Double fundingFee;
    private Double ftFeeBase;
    private String ftOrderTag;

    /** An empty order; set at least side, pair, amount, price and order id before saving. */
    public Order() {
    }

    /** A new order as the bot places it: open, for the given side, pair and exchange order id. */
    public Order(String ftOrderSide, String ftPair, String orderId, double ftAmount, double ftPrice, Instant orderDate) {
        this.ftOrderSide = ftOrderSide;
        this.ftPair = ftPair;
        this.orderId = orderId;
        this.ftAmount = ftAmount;
        this.ftPrice = ftPrice;
        this.orderDate = orderDate;
    }

    private static boolean truthy(Double value) {
        return value != null && value != 0.0;
    }

    /** {@code average or price or stop_price or ft_price}. */
    public double safePrice() {
        return truthy(average) ? average : truthy(price) ? price : truthy(stopPrice) ? stopPrice : ftPrice;
    }

    /** Price at which the order was placed: {@code price or stop_price or ft_price}. */
    public double safePlacementPrice() {
        return truthy(price) ? price : truthy(stopPrice) ? stopPrice : ftPrice;
    }

    /** {@code amount or ft_amount}. */
    public double safeAmount() {
        return truthy(amount) ? amount : ftAmount;
    }

    /** {@code filled}, or 0 when unknown. */
    public double safeFilled() {
        return filled != null ? filled : 0.0;
    }

    /** {@code cost or 0}. */
    public double safeCost() {
        return cost != null ? cost : 0.0;
    }

    /** {@code remaining}, or {@code safe_amount - filled} when unknown. */
    public double safeRemaining() {
        return remaining != null ? remaining : safeAmount() - (filled != null ? filled : 0.0);
    }

    /** {@code ft_fee_base or 0}. */
    public double safeFeeBase() {
        return ftFeeBase != null ? ftFeeBase : 0.0;
    }

    /** Filled amount minus the fee taken in base currency. */
    public double safeAmountAfterFee() {
        return safeFilled() - safeFeeBase();
    }

    /** Stake this order ties up: {@code safe_amount * safe_price / leverage}. */
    public double stakeAmount(double leverage) {
        return safeAmount() * safePrice() / leverage;
    }

    /** Closed on the exchange with something filled: what freqtrade's {@code select_filled_orders} keeps. */
    public boolean isFilledAndClosed() {
        return !ftIsOpen && truthy(filled) && status != null && NON_OPEN_EXCHANGE_STATES.contains(status);
    }

    public Long id() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long ftTradeId() { return ftTradeId; }
    public void setFtTradeId(Long ftTradeId) { this.ftTradeId = ftTradeId; }
    public String ftOrderSide() { return ftOrderSide; }
    public void setFtOrderSide(String ftOrderSide) { this.ftOrderSide = ftOrderSide; }
    public String ftPair() { return ftPair; }
    public void setFtPair(String ftPair) { this.ftPair = ftPair; }
    public boolean ftIsOpen() { return ftIsOpen; }
    public void setFtIsOpen(boolean ftIsOpen) { this.ftIsOpen = ftIsOpen; }
    public double ftAmount() { return ftAmount; }
    public void setFtAmount(double ftAmount) { this.ftAmount = ftAmount; }
    public double ftPrice() { return ftPrice; }
    public void setFtPrice(double ftPrice) { this.ftPrice = ftPrice; }
    public String ftCancelReason() { return ftCancelReason; }
    public void setFtCancelReason(String ftCancelReason) { this.ftCancelReason = ftCancelReason; }
    public String orderId() { return orderId; }
    public void setOrderId(String orderId) { this.orderId = orderId; }
    public String status() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String symbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String orderType() { return orderType; }
    public void setOrderType(String orderType) { this.orderType = orderType; }
    public String side() { return side; }
    public void setSide(String side) { this.side = side; }
    public Double price() { return price; }
    public void setPrice(Double price) { this.price = price; }
    public Double average() { return average; }
    public void setAverage(Double average) { this.average = average; }
    public Double amount() { return amount; }
    public void setAmount(Double amount) { this.amount = amount; }
    public Double filled() { return filled; }
    public void setFilled(Double filled) { this.filled = filled; }
    public Double remaining() { return remaining; }
    public void setRemaining(Double remaining) { this.remaining = remaining; }
    public Double cost() { return cost; }
    public void setCost(Double cost) { this.cost = cost; }
    public Double stopPrice() { return stopPrice; }
    public void setStopPrice(Double stopPrice) { this.stopPrice = stopPrice; }
    public Instant orderDate() { return orderDate; }
    public void setOrderDate(Instant orderDate) { this.orderDate = orderDate; }
    public Instant orderFilledDate() { return orderFilledDate; }
    public void setOrderFilledDate(Instant orderFilledDate) { this.orderFilledDate = orderFilledDate; }
    public Instant orderUpdateDate() { return orderUpdateDate; }
    public void setOrderUpdateDate(Instant orderUpdateDate) { this.orderUpdateDate = orderUpdateDate; }
    public Double fundingFee() { return fundingFee; }
    public void setFundingFee(Double fundingFee) { this.fundingFee = fundingFee; }
    public Double ftFeeBase() { return ftFeeBase; }
    public void setFtFeeBase(Double ftFeeBase) { this.ftFeeBase = ftFeeBase; }
    public String ftOrderTag() { return ftOrderTag; }
    public void setFtOrderTag(String ftOrderTag) { this.ftOrderTag = ftOrderTag; }

    @Override
    public String toString() {
        return "Order(id=" + id + ", trade=" + ftTradeId + ", order_id=" + orderId + ", side=" + side
                + ", filled=" + safeFilled() + ", price=" + safePrice() + ", status=" + status + ")";
    }
}
