package dev.hertz.core.bot;

import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PrecisionMode;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Precise;
import dev.hertz.core.persistence.ProfitStruct;
import dev.hertz.core.persistence.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The trade's position derived from its filled orders: freqtrade's {@code Trade.update_trade},
 * {@code Trade.close} and {@code Trade.recalc_trade_from_orders} (reference §2.8). Amounts, stakes
 * and average prices use exact decimal maths ({@link Precise}); sums of profits and stakes are
 * doubles, as in freqtrade, so results match it to the last bit.
 */
public final class TradeFromOrders {

    /** freqtrade's {@code MATH_CLOSE_PREC}: absolute tolerance when comparing amounts. */
    static final double MATH_CLOSE_PREC = 1e-14;
    private static final String STOPLOSS = "stoploss";
    private static final Logger LOG = LoggerFactory.getLogger(TradeFromOrders.class);

    private TradeFromOrders() {
    }

    /**
     * Applies one order row that is no longer open (filled, or cancelled with a partial fill) to its
     * trade. An entry sets the open rate and amount, then the position is recomputed. An exit or
     * stop order that takes the whole remaining amount (or more, unless {@code recalculating})
     * closes the trade at its price; a smaller one is a partial exit. A filled stop order also sets
     * {@code exit_reason = stoploss_on_exchange}. Open orders are ignored.
     *
     * @param recalculating a recovery pass: only an exact match closes the trade
     * @param now           time for margin interest and a close date when no fill date is known
     * @throws IllegalArgumentException for an order of neither side nor a stop
     */
    public static void updateTrade(Trade trade, Order order, boolean recalculating, Instant now) {
        if ("open".equals(order.status())) {
            return;
        }
        LOG.info("Updating trade (id={}) ...", trade.id());
        if (!STOPLOSS.equals(order.ftOrderSide())) {
            order.setFundingFee(trade.fundingFeeRunning());
            trade.setFundingFeeRunning(0.0);
        }
        String orderType = order.orderType() == null ? "None" : order.orderType().toUpperCase(Locale.ROOT);
        boolean entry = trade.entrySide().equals(order.ftOrderSide());
        if (entry) {
            trade.setOpenRate(order.safePrice());
            trade.setAmount(order.safeAmountAfterFee());
            if (trade.isOpen()) {
                LOG.info("{}_{} has been fulfilled for {}.", orderType, trade.isShort() ? "SELL" : "BUY", trade);
            }
            recalcTradeFromOrders(trade, false, now);
        } else if (trade.exitSide().equals(order.ftOrderSide())) {
            if (trade.isOpen()) {
                LOG.info("{}_{} has been fulfilled for {}.", orderType, trade.isShort() ? "BUY" : "SELL", trade);
            }
        } else if (STOPLOSS.equals(order.ftOrderSide())) {
            trade.setCloseRateRequested(trade.stopLoss());
            trade.setExitReason("stoploss_on_exchange");
            if (trade.isOpen() && order.safeFilled() > 0) {
                LOG.info("{} is hit for {}.", orderType, trade);
            }
        } else {
            throw new IllegalArgumentException("Unknown order type: " + order.orderType() + " (ft_order_side "
                    + order.ftOrderSide() + " of order " + order.orderId() + ")");
        }
        if (!entry) {
            double remaining = amountToContractPrecision(trade, trade.amount());
            double exitAmount = order.safeAmountAfterFee();
            if (isClose(exitAmount, remaining) || (!recalculating && exitAmount > remaining)) {
                close(trade, order.safePrice(), now);
            } else {
                recalcTradeFromOrders(trade, false, now);
            }
        }
    }

    /**
     * Closes the trade at {@code rate}: close date from the last fill (else {@code now}),
     * {@code exit_order_status = closed}, profits recomputed from the orders.
     */
    public static void close(Trade trade, double rate, Instant now) {
        applyClose(trade, rate, now);
        LOG.info("Marking {} as closed as the trade is fulfilled and found no open orders for it.", trade);
    }

    /** {@link #close} without the log line: the backtester closes thousands of trades a second. */
    public static void applyClose(Trade trade, double rate, Instant now) {
        trade.setCloseRate(rate);
        if (trade.closeDate() == null) {
            trade.setCloseDate(trade.selectFilledOrders(null).stream().map(Order::orderFilledDate)
                    .filter(Objects::nonNull).max(Instant::compareTo).orElse(now));
        }
        trade.setOpen(false);
        trade.setExitOrderStatus("closed");
        recalcTradeFromOrders(trade, true, now);
    }

    /**
     * Recomputes the position from the filled, no longer open orders in their list order.
     *
     * <ul>
     *   <li>entry of amount {@code a} (filled minus base fee) at {@code p}: {@code amount += a},
     *       {@code stake += a·p}, {@code avg = stake / amount}; {@code total_stake} adds the open value
     *       with fee, {@code max_stake_amount} adds {@code a·p};</li>
     *   <li>exit of {@code a}: {@code amount -= a}, {@code stake -= avg·a}; its profit (full fee maths
     *       at {@code open_rate = avg}) adds to {@code close_profit_abs}, and
     *       {@code close_profit = close_profit_abs / total_stake × leverage};</li>
     *   <li>after an exit: {@code realized_profit} = Σ exit profits, {@code close_profit_abs} = the last
     *       exit's profit;</li>
     *   <li>while amount remains (after amount precision): {@code open_rate}, {@code amount},
     *       {@code stake_amount = stake / leverage}, {@code fee_open_cost}, {@code open_trade_value}
     *       and the stop (profit direction only) follow;</li>
     *   <li>when closing: {@code close_profit_abs} = Σ exit profits and {@code close_profit} its ratio.</li>
     * </ul>
     */
    public static void recalcTradeFromOrders(Trade trade, boolean isClosing, Instant now) {
        BigDecimal currentAmount = BigDecimal.ZERO;
        BigDecimal currentStake = BigDecimal.ZERO;
        BigDecimal maxStakeAmount = BigDecimal.ZERO;
        BigDecimal avgPrice = BigDecimal.ZERO;
        BigDecimal price = null;
        double totalStake = 0.0;
        double closeProfit = 0.0;
        double closeProfitAbs = 0.0;
        double fundingFees = 0.0;
        ProfitStruct lastExit = null;
        List<Order> orders = trade.orders();
        for (Order o : orders) {
            if (o.ftIsOpen() || o.filled() == null || o.filled() == 0.0) {
                continue;
            }
            fundingFees += o.fundingFee() != null ? o.fundingFee() : 0.0;
            double amountAfterFee = o.safeAmountAfterFee();
            BigDecimal tmpAmount = Precise.of(amountAfterFee);
            BigDecimal tmpPrice = Precise.of(o.safePrice());
            boolean isExit = !trade.entrySide().equals(o.ftOrderSide());
            if (tmpAmount.signum() > 0) {
                price = isExit ? avgPrice : tmpPrice;
                BigDecimal delta = price.multiply(tmpAmount);
                currentAmount = isExit ? currentAmount.subtract(tmpAmount) : currentAmount.add(tmpAmount);
                currentStake = isExit ? currentStake.subtract(delta) : currentStake.add(delta);
                if (currentAmount.signum() > 0 && !isExit) {
                    avgPrice = Precise.divide(currentStake, currentAmount);
                }
            }
            if (isExit) {
                lastExit = trade.calculateProfit(o.safePrice(), amountAfterFee, Precise.toDouble(avgPrice), now);
                closeProfitAbs += lastExit.profitAbs();
                if (totalStake > 0) {
                    closeProfit = closeProfitAbs / totalStake * trade.leverage();
                }
            } else {
                BigDecimal entryPrice = price != null ? price : tmpPrice;
                totalStake += trade.calcOpenTradeValue(amountAfterFee, Precise.toDouble(entryPrice));
                maxStakeAmount = maxStakeAmount.add(tmpAmount.multiply(entryPrice));
            }
        }
        trade.setFundingFees(fundingFees);
        trade.setMaxStakeAmount(Precise.toDouble(maxStakeAmount));
        if (closeProfit != 0.0) {
            trade.setCloseProfit(closeProfit);
            trade.setRealizedProfit(closeProfitAbs);
            trade.setCloseProfitAbs(lastExit.profitAbs());
        }
        double remaining = amountToContractPrecision(trade, Precise.toDouble(currentAmount));
        if (remaining > 0.0) {
            trade.setOpenRate(Precise.toDouble(Precise.divide(currentStake, currentAmount)));
            trade.setAmount(remaining);
            trade.setStakeAmount(Precise.toDouble(currentStake) / (trade.leverage() == 0.0 ? 1.0 : trade.leverage()));
            trade.setFeeOpenCost(trade.feeOpen() * trade.maxStakeAmount());
            trade.recalcOpenTradeValue();
            if (trade.stopLossPct() != null) {
                TradeStops.adjustStopLoss(trade, trade.openRate(), trade.stopLossPct(), false, false);
            }
        } else if (isClosing && totalStake > 0) {
            trade.setCloseProfit(closeProfitAbs / totalStake * trade.leverage());
            trade.setCloseProfitAbs(closeProfitAbs);
        }
    }

    /** The amount truncated to the trade's stored amount precision, counted in contracts. */
    static double amountToContractPrecision(Trade trade, double amount) {
        PrecisionMode mode = trade.precisionMode() == null ? null : PrecisionMode.fromCode(trade.precisionMode());
        double contractSize = trade.contractSize() == null ? 1.0 : trade.contractSize();
        return Precision.amountToContractPrecision(amount, trade.amountPrecision(), mode, contractSize);
    }

    /** Python's {@code math.isclose(a, b, abs_tol=MATH_CLOSE_PREC)} (relative tolerance 1e-9). */
    static boolean isClose(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), MATH_CLOSE_PREC);
    }
}
