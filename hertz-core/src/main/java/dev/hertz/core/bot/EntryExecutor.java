package dev.hertz.core.bot;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Order;
import dev.hertz.core.exchange.OrderSide;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.PricingError;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.exchange.TakerOrMaker;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.EntrySignal;
import dev.hertz.core.strategy.SignalDirection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Opening trades (freqtrade's {@code enter_positions}, {@code create_trade}, {@code execute_entry}):
 * signal → lock and slot checks → stake sizing within the pair's limits → price → order → trade row.
 *
 * <p>The trade row is written only after the exchange accepted the order, in one transaction with
 * its order row; a rejected order leaves nothing behind.
 */
final class EntryExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(EntryExecutor.class);

    private final BotContext ctx;
    private final TradeMessages messages;

    EntryExecutor(BotContext ctx, TradeMessages messages) {
        this.ctx = ctx;
        this.messages = messages;
    }

    /** Tries an entry on every whitelisted pair without an open trade, while slots are free. */
    int enterPositions(List<String> whitelist, List<Trade> openTrades) {
        Instant now = ctx.clock().instant();
        if (ctx.pairLocks().isGlobalLock(now, "*")) {
            LOG.info("Global pairlock active. Not creating new trades.");
            return 0;
        }
        Set<String> busy = new HashSet<>();
        openTrades.forEach(t -> busy.add(t.pair()));
        int opened = 0;
        for (String pair : whitelist) {
            if (busy.contains(pair)) {
                continue;
            }
            if (freeSlots(openTrades.size() + opened) <= 0) {
                LOG.debug("Reached max_open_trades, not opening more trades.");
                break;
            }
            try {
                Trade trade = createTrade(pair);
                if (trade != null) {
                    opened++;
                    busy.add(pair);
                }
            } catch (DependencyException e) {
                // covers exchange rejections and pricing failures: this pair is skipped, the others go on
                LOG.warn("Unable to create trade for {}: {}", pair, e.getMessage());
            }
        }
        return opened;
    }

    private int freeSlots(int openCount) {
        int max = ctx.strategy().maxOpenTrades();
        return max < 0 ? Integer.MAX_VALUE : max - openCount;
    }

    private Trade createTrade(String pair) {
        EntrySignal signal = ctx.analyzer().entrySignal(pair).orElse(null);
        if (signal == null) {
            return null;
        }
        Instant now = ctx.clock().instant();
        Timeframe tf = Timeframe.parse(ctx.strategy().timeframe());
        double expiredAfter = ctx.strategy().ignoreBuyingExpiredCandleAfter();
        Instant candleClose = signal.candleDate().plusSeconds(tf.seconds());
        if (expiredAfter > 0 && now.getEpochSecond() - candleClose.getEpochSecond() > expiredAfter) {
            LOG.info("Ignoring entry signal for {}: candle of {} expired.", pair, signal.candleDate());
            return null;
        }
        String side = signal.direction().value();
        if (ctx.pairLocks().isPairLocked(pair, candleClose, side)) {
            LOG.info("Pair {} {} is locked until {}.", pair, side, ctx.pairLocks()
                    .getPairLongestLock(pair, candleClose, side).map(l -> l.lockEndTime().toString()).orElse("?"));
            return null;
        }
        double stake = ctx.wallets().getTradeStakeAmount(pair, ctx.config().maxOpenTrades());
        return executeEntry(pair, stake, signal.direction(), signal.tag().orElse(null), null, null);
    }

    /**
     * Places an entry order and records the trade.
     *
     * @param price  the limit price, or null for the current entry rate
     * @param forcedType for a force entry from RPC: the order type ({@code order_types.force_entry}
     *                   when the caller names none); no stake or confirm callbacks. Null for a signal entry.
     * @return the new trade, or null when nothing was placed (no stake, refused, rejected)
     */
    Trade executeEntry(String pair, double stake, SignalDirection direction, String tag, Double price,
                       OrderType forcedType) {
        boolean forced = forcedType != null;
        Instant now = ctx.clock().instant();
        boolean isShort = direction == SignalDirection.SHORT;
        double proposed = price != null ? price : ctx.prices().getRate(pair, true, EntryExit.ENTRY, isShort);
        double rate = clamp(proposed, Safely.call("custom_entry_price", proposed,
                () -> ctx.strategy().customEntryPrice(pair, null, now, proposed, tag, direction)));
        if (!(rate > 0)) {
            throw new PricingError("Could not determine entry price for " + pair);
        }
        Market market = ctx.exchange().market(pair);
        double leverage = 1.0;
        OptionalDouble minStake = StakeLimits.minPairStakeAmount(market, rate, ctx.strategy().stoploss(), leverage,
                ctx.config().amountReservePercent());
        double maxStake = StakeLimits.maxPairStakeAmount(market, rate, leverage);
        double available = ctx.wallets().getAvailableStakeAmount();
        Double min = minStake.isPresent() ? minStake.getAsDouble() : null;
        double custom = forced ? stake : Safely.call("custom_stake_amount", stake, () -> ctx.strategy()
                .customStakeAmount(pair, now, rate, stake, min, Math.min(maxStake, available), leverage, tag, direction));
        double finalStake = ctx.wallets().validateStakeAmount(pair, custom, min, maxStake, null);
        if (finalStake <= 0) {
            return null;
        }
        double amount = finalStake / rate * leverage;
        OrderType type = forced ? forcedType : ctx.entryOrderType(false);
        String tif = ctx.timeInForce(true);
        if (!forced && !Safely.call("confirm_trade_entry", Boolean.TRUE, () -> ctx.strategy()
                .confirmTradeEntry(pair, type.wire(), amount, rate, tif, now, tag, direction))) {
            LOG.info("User denied entry for {}.", pair);
            return null;
        }
        OrderSide side = isShort ? OrderSide.SELL : OrderSide.BUY;
        Map<String, Object> params = new HashMap<>();
        params.put("timeInForce", tif);
        Order order = ctx.exchange().createOrder(pair, type, side, amount, rate, params);
        if ((order.status() == OrderStatus.EXPIRED || order.status() == OrderStatus.REJECTED) && order.filled() == 0) {
            LOG.warn("{} {} order for {} was {} by the exchange; no trade opened.", type.wire(), side.wire(), pair,
                    order.status().wire());
            return null;
        }
        Trade trade = newTrade(pair, market, finalStake, amount, rate, order, isShort, tag, leverage, now);
        dev.hertz.core.persistence.Order row = OrderUpdater.parseFromExchange(order, pair, side.wire(), amount, rate, now);
        row.setFtOrderTag(tag);
        trade.orders().add(row);
        TradeFromOrders.recalcTradeFromOrders(trade, false, now);
        TradeStops.adjustStopLoss(trade, trade.openRate(), ctx.strategy().stoploss(), true, false);
        ctx.trades().save(trade);
        LOG.info("{} {} {} {} at {} ({} {}){}", forced ? "Force entering" : "Entering", direction, pair,
                trade.amountRequested(), rate, finalStake, ctx.config().stakeCurrency(),
                tag == null ? "" : ", tag " + tag);
        messages.entry(trade, row, type.wire(), false);
        applyImmediateFill(trade, row, order);
        // the wallet is derived from the saved trades: refresh it only now
        ctx.wallets().update();
        return trade;
    }

    /**
     * An additional entry order on an open trade (position adjustment): no confirm callback, the
     * trade's leverage, a stake kept within what the pair still allows for this position.
     *
     * @return true when an order was placed
     */
    boolean executeAdjustmentEntry(Trade trade, double stake, double rate, String tag) {
        return placeAdditionalEntry(trade, stake, rate, tag, trade.stakeAmount());
    }

    /**
     * A replacement for a cancelled unfilled entry order: same trade, new price, the stake that
     * was still unfilled; only what already filled counts against the pair's maximum.
     */
    boolean replaceEntry(Trade trade, double stake, double rate) {
        double filledStake = trade.nrOfSuccessfulEntries() == 0 ? 0 : trade.stakeAmount();
        return placeAdditionalEntry(trade, stake, rate, trade.enterTag(), filledStake);
    }

    private boolean placeAdditionalEntry(Trade trade, double stake, double rate, String tag, double tradeStake) {
        Instant now = ctx.clock().instant();
        Market market = ctx.exchange().market(trade.pair());
        double leverage = trade.leverage() == 0 ? 1.0 : trade.leverage();
        OptionalDouble minStake = StakeLimits.minPairStakeAmount(market, rate, 0.0, leverage,
                ctx.config().amountReservePercent());
        double maxStake = StakeLimits.maxPairStakeAmount(market, rate, leverage);
        double finalStake = ctx.wallets().validateStakeAmount(trade.pair(), stake,
                minStake.isPresent() ? minStake.getAsDouble() : null, maxStake, tradeStake);
        if (finalStake <= 0) {
            return false;
        }
        double amount = finalStake / rate * leverage;
        OrderSide side = trade.isShort() ? OrderSide.SELL : OrderSide.BUY;
        OrderType type = ctx.entryOrderType(false);
        Order order = ctx.exchange().createOrder(trade.pair(), type, side, amount, rate,
                Map.of("timeInForce", ctx.timeInForce(true)));
        if ((order.status() == OrderStatus.EXPIRED || order.status() == OrderStatus.REJECTED) && order.filled() == 0) {
            return false;
        }
        dev.hertz.core.persistence.Order row = OrderUpdater.parseFromExchange(order, trade.pair(), side.wire(), amount,
                rate, now);
        row.setFtOrderTag(tag);
        trade.orders().add(row);
        trade.setOpen(true);
        trade.setFeeOpenCurrency(null);
        trade.setOpenRateRequested(rate);
        ctx.trades().save(trade);
        LOG.info("Increasing position of {} by {} {} at {}", trade.pair(), finalStake, ctx.config().stakeCurrency(), rate);
        // freqtrade counts a replacement order as adding to the trade too
        messages.entry(trade, row, type.wire(), true);
        applyImmediateFill(trade, row, order);
        ctx.wallets().update();
        return true;
    }

    /** An order the exchange filled (or ended) at once is applied now, with its fill message. */
    private void applyImmediateFill(Trade trade, dev.hertz.core.persistence.Order row, Order order) {
        if (order.isOpen()) {
            return;
        }
        boolean cancelledEmpty = ctx.orders().updateTradeState(trade, order.id(), order, false, true);
        ctx.trades().save(trade);
        if (!cancelledEmpty) {
            messages.orderClosed(trade, row);
        }
    }

    private Trade newTrade(String pair, Market market, double stake, double amount, double rate, Order order,
                           boolean isShort, String tag, double leverage, Instant now) {
        Trade trade = new Trade();
        trade.setExchange(ctx.exchange().name());
        trade.setPair(pair);
        trade.setBaseCurrency(market.base());
        trade.setStakeCurrency(ctx.config().stakeCurrency());
        trade.setStakeAmount(stake);
        trade.setAmount(0);
        trade.setAmountRequested(amount);
        double fee = ctx.exchange().fee(pair, isShort ? OrderSide.SELL : OrderSide.BUY, TakerOrMaker.MAKER);
        trade.setFeeOpen(fee);
        trade.setFeeClose(fee);
        trade.setOpenRate(order.average() != null && order.filled() > 0 ? order.average() : rate);
        trade.setOpenRateRequested(rate);
        trade.setOpenDate(now);
        trade.setStrategy(ctx.strategy().name());
        trade.setEnterTag(tag);
        trade.setTimeframe((int) Timeframe.parse(ctx.strategy().timeframe()).minutes());
        trade.setLeverage(leverage);
        trade.setShort(isShort);
        trade.setTradingMode(ctx.config().tradingMode());
        trade.setAmountPrecision(market.amountPrecision());
        trade.setPricePrecision(market.pricePrecision());
        trade.setPrecisionMode(market.precisionMode().code());
        trade.setPrecisionModePrice(market.precisionMode().code());
        trade.setContractSize(market.contractSize() == null ? 1.0 : market.contractSize());
        return trade;
    }

    /** A custom price may not stray further than {@code custom_price_max_distance_ratio} from the proposal. */
    private double clamp(double proposed, double custom) {
        if (!Double.isFinite(custom)) {
            return proposed;
        }
        double ratio = ctx.customPriceMaxDistanceRatio();
        return Math.min(Math.max(custom, proposed * (1 - ratio)), proposed * (1 + ratio));
    }
}
