package dev.hertz.optimize.backtest;

import dev.hertz.core.bot.ExitCheck;
import dev.hertz.core.bot.ExitType;
import dev.hertz.core.bot.Safely;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.PositionAdjustment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;

/**
 * {@code adjust_trade_position} in a backtest (reference §7.3 step 7): once per candle for a
 * trade without open orders, at the candle open; a positive stake adds an entry, a negative one
 * exits part of the position.
 */
final class PositionAdjustments {
    /** freqtrade sizes the minimum stake of an adjustment with a -10 % stoploss. */
    private static final double MIN_STAKE_STOPLOSS = -0.1;

    private final Simulation sim;
    private final SimulatedEntries entries;
    private final SimulatedExits exits;

    PositionAdjustments(Simulation sim, SimulatedEntries entries, SimulatedExits exits) {
        this.sim = sim;
        this.entries = entries;
        this.exits = exits;
    }

    void adjust(Trade trade, Row row, Instant now) {
        double rate = row.open;
        double profit = trade.calcProfitRatio(rate, now);
        Market market = sim.setup.markets().market(trade.pair());
        double leverage = trade.leverage() == 0 ? 1.0 : trade.leverage();
        Double minStake = StakeLimits.minPairStakeAmount(market, rate, MIN_STAKE_STOPLOSS, leverage,
                sim.config.amountReservePercent()).stream().boxed().findFirst().orElse(null);
        double maxStake = Math.min(StakeLimits.maxPairStakeAmount(market, rate, leverage),
                sim.wallets.getAvailableStakeAmount());
        PositionAdjustment wanted = Safely.call("adjust_trade_position", null, () -> sim.strategy
                .adjustTradePosition(trade, now, rate, profit, minStake, maxStake, rate, rate, profit, profit));
        if (wanted == null || !Double.isFinite(wanted.stakeAmount()) || wanted.stakeAmount() == 0) {
            return;
        }
        String tag = wanted.tag().orElse(null);
        if (wanted.stakeAmount() > 0) {
            int maxExtra = sim.strategy.maxEntryPositionAdjustment();
            if (maxExtra > -1 && trade.nrOfSuccessfulEntries() > maxExtra) {
                return;
            }
            entries.enter(trade.pair(), row, trade.tradeDirection(), wanted.stakeAmount(), trade, null, null, tag);
            sim.wallets.update();
            return;
        }
        double share = new BigDecimal(Double.toString(wanted.stakeAmount()))
                .multiply(new BigDecimal(Double.toString(trade.amount())))
                .divide(new BigDecimal(Double.toString(trade.stakeAmount())), MathContext.DECIMAL64)
                .abs().doubleValue();
        double amount = Precision.amountToContractPrecision(share, trade.amountPrecision(), market.precisionMode(),
                market.effectiveContractSize());
        if (amount == 0) {
            return;
        }
        double remaining = (trade.amount() - amount) * rate;
        if (minStake != null && minStake != 0 && remaining != 0 && remaining < minStake) {
            return;
        }
        if (exits.placeExit(trade, row, new ExitCheck(ExitType.PARTIAL_EXIT, tag), now, amount)) {
            Order order = trade.orders().get(trade.orders().size() - 1);
            exits.processExitOrder(order, trade, now, row);
        }
    }
}
