package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.Safely;
import dev.hertz.core.bot.TradeFromOrders;
import dev.hertz.core.bot.TradeStops;
import dev.hertz.core.config.MaxOpenTrades;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.Rounding;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.SignalDirection;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * Opening trades and adding to them in a backtest (reference §7.3): price at the candle open
 * (or the strategy's limit price, kept inside the candle), stake from the simulated wallet within
 * the pair's limits, amount truncated to precision, then an entry order that fills at once when
 * its price lies inside the candle.
 */
final class SimulatedEntries {
    /** freqtrade sizes the minimum stake of a new backtest trade with a fixed -5 % stoploss. */
    private static final double MIN_STAKE_STOPLOSS = -0.05;

    private final Simulation sim;
    private final int timeframeMinutes;

    SimulatedEntries(Simulation sim) {
        this.sim = sim;
        this.timeframeMinutes = (int) Timeframe.parse(sim.strategy.timeframe()).minutes();
    }

    /**
     * Opens a trade (when {@code trade} is null), adds to it ({@code stake} given), or places the
     * replacement of a cancelled entry order ({@code requestedRate} and {@code requestedStake}).
     *
     * @return the trade (null when no new trade was opened)
     */
    Trade enter(String pair, Row row, String direction, Double stake, Trade trade, Double requestedRate,
                Double requestedStake, String tag) {
        Instant now = Instant.ofEpochMilli(row.date);
        String entryTag = tag != null ? tag : row.enterTag;
        boolean isShort = "short".equals(direction);
        SignalDirection side = isShort ? SignalDirection.SHORT : SignalDirection.LONG;
        Market market = sim.setup.markets().market(pair);
        boolean posAdjust = trade != null;

        double rate = row.open;
        if ("limit".equals(sim.entryOrderType)) {
            double proposed = rate;
            double custom = Safely.call("custom_entry_price", proposed,
                    () -> sim.strategy.customEntryPrice(pair, trade, now, proposed, entryTag, side));
            if (Double.isFinite(custom) && custom != proposed) {
                rate = Precision.priceToPrecision(custom, market.pricePrecision(), market.precisionMode(),
                        Rounding.ROUND);
            }
            // a limit above the candle would be a stop entry, which freqtrade does not place
            rate = isShort ? Math.max(rate, row.low) : Math.min(rate, row.high);
        }

        double leverage = posAdjust ? leverageOf(trade) : 1.0;
        double proposedStake = stake != null ? stake : (trade != null ? trade.stakeAmount() : 0.0);
        if (!posAdjust) {
            try {
                proposedStake = sim.wallets.getTradeStakeAmount(pair, new MaxOpenTrades(sim.setup.maxOpenTrades()),
                        false);
            } catch (DependencyException e) {
                return null;
            }
            if (sim.config.tradingMode() != TradingMode.SPOT) {
                double maxLeverage = sim.setup.markets().maxLeverage(pair, proposedStake);
                double open = row.open;
                double wanted = Safely.call("leverage", 1.0, () -> sim.strategy.leverage(pair, now, open, 1.0,
                        maxLeverage, entryTag, side));
                leverage = Math.min(Math.max(wanted, 1.0), maxLeverage);
            }
        }
        OptionalDouble minStakeLimit = StakeLimits.minPairStakeAmount(market, rate,
                posAdjust ? 0.0 : MIN_STAKE_STOPLOSS, leverage, sim.config.amountReservePercent());
        double minStake = minStakeLimit.orElse(0.0);
        double maxStake = StakeLimits.maxPairStakeAmount(market, rate, leverage);
        if (!posAdjust) {
            double available = sim.wallets.getAvailableStakeAmount();
            double proposal = proposedStake;
            double entryRate = rate;
            double lev = leverage;
            proposedStake = Safely.call("custom_stake_amount", proposal, () -> sim.strategy.customStakeAmount(pair,
                    now, entryRate, proposal, minStake, Math.min(available, maxStake), lev, entryTag, side));
        }
        double validStake = sim.wallets.validateStakeAmount(pair, proposedStake, minStake, maxStake,
                trade != null ? trade.stakeAmount() : null);

        if (requestedRate != null) {
            rate = requestedRate;
        }
        double finalStake = requestedStake != null && requestedStake != 0 ? requestedStake : validStake;
        if (finalStake == 0 || (minStake != 0 && finalStake < minStake)) {
            return trade;
        }
        double amount = Precision.amountToContractPrecision(finalStake / rate * leverage, market.amountPrecision(),
                market.precisionMode(), market.effectiveContractSize());
        if (amount == 0) {
            return trade;
        }
        finalStake = amount * rate / leverage;
        // position adjustments skip the confirmation; new trades and replacement orders ask for it
        if (!(posAdjust && requestedRate == null)) {
            double entryRate = rate;
            if (!Safely.call("confirm_trade_entry", Boolean.TRUE, () -> sim.strategy.confirmTradeEntry(pair,
                    sim.entryOrderType, amount, entryRate, sim.entryTimeInForce, now, entryTag, side))) {
                return trade;
            }
        }
        Trade target = trade != null ? trade
                : newTrade(pair, market, rate, finalStake, amount, now, entryTag, isShort, leverage);
        TradeStops.adjustStopLoss(target, target.openRate(), sim.setup.exits().stoploss(), true, false);
        var order = sim.newOrder(target, true, sim.entryOrderType, amount, rate, now, entryTag);
        order.setOrderFilledDate(now);
        sim.tryFill(order, target, now, row);
        TradeFromOrders.recalcTradeFromOrders(target, false, now);
        return target;
    }

    private Trade newTrade(String pair, Market market, double rate, double stake, double amount, Instant now,
                           String tag, boolean isShort, double leverage) {
        Trade trade = new Trade();
        trade.setId(sim.book.nextTradeId());
        trade.setPair(pair);
        trade.setBaseCurrency(market.base());
        trade.setStakeCurrency(sim.config.stakeCurrency());
        trade.setOpenRate(rate);
        trade.setOpenRateRequested(rate);
        trade.setOpenDate(now);
        trade.setStakeAmount(stake);
        trade.setAmount(0);
        trade.setAmountRequested(amount);
        trade.setFeeOpen(sim.setup.fee());
        trade.setFeeClose(sim.setup.fee());
        trade.setOpen(true);
        trade.setEnterTag(tag);
        trade.setExchange(sim.config.exchange().name());
        trade.setShort(isShort);
        trade.setTradingMode(sim.config.tradingMode());
        trade.setLeverage(leverage);
        trade.setAmountPrecision(market.amountPrecision());
        trade.setPricePrecision(market.pricePrecision());
        trade.setPrecisionMode(market.precisionMode().code());
        trade.setPrecisionModePrice(market.precisionMode().code());
        trade.setContractSize(market.effectiveContractSize());
        trade.setStrategy(sim.strategy.name());
        trade.setTimeframe(timeframeMinutes);
        sim.book.add(trade);
        return trade;
    }

    private static double leverageOf(Trade trade) {
        return trade.leverage() == 0 ? 1.0 : trade.leverage();
    }
}
