package dev.hertz.core.bot;

import dev.hertz.core.exchange.EntryExit;
import dev.hertz.core.exchange.ExchangeError;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.Precision;
import dev.hertz.core.exchange.PriceDiscovery;
import dev.hertz.core.exchange.StakeLimits;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.PositionAdjustment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * freqtrade's {@code process_open_trade_positions}: asks {@code adjust_trade_position} of each
 * open trade without open orders; a positive stake buys more (up to
 * {@code max_entry_position_adjustment} extra entries), a negative one exits part of the position.
 */
final class PositionAdjuster {
    private static final Logger LOG = LoggerFactory.getLogger(PositionAdjuster.class);

    private final BotContext ctx;
    private final EntryExecutor entries;
    private final ExitExecutor exits;

    PositionAdjuster(BotContext ctx, EntryExecutor entries, ExitExecutor exits) {
        this.ctx = ctx;
        this.entries = entries;
        this.exits = exits;
    }

    void adjust(List<Trade> openTrades) {
        for (Trade trade : openTrades) {
            if (!trade.isOpen() || trade.hasOpenOrders()) {
                continue;
            }
            try {
                adjustOne(trade);
            } catch (ExchangeError e) {
                LOG.warn("Position adjustment of {} failed: {}", trade.pair(), e.getMessage());
            }
        }
    }

    private void adjustOne(Trade trade) {
        Instant now = ctx.clock().instant();
        PriceDiscovery.Rates rates = ctx.prices().getRates(trade.pair(), true, trade.isShort());
        double entryProfit = trade.calcProfitRatio(rates.entry(), now);
        double exitProfit = trade.calcProfitRatio(rates.exit(), now);
        Market market = ctx.exchange().market(trade.pair());
        OptionalDouble minStake = StakeLimits.minPairStakeAmount(market, rates.exit(), ctx.strategy().stoploss(),
                trade.leverage(), ctx.config().amountReservePercent());
        double maxStake = Math.min(StakeLimits.maxPairStakeAmount(market, rates.entry(), trade.leverage()),
                ctx.wallets().getAvailableStakeAmount());
        Double min = minStake.isPresent() ? minStake.getAsDouble() : null;
        PositionAdjustment wanted = Safely.call("adjust_trade_position", null, () -> ctx.strategy().adjustTradePosition(
                trade, now, rates.entry(), entryProfit, min, maxStake, rates.entry(), rates.exit(), entryProfit,
                exitProfit));
        if (wanted == null || wanted.stakeAmount() == 0 || !Double.isFinite(wanted.stakeAmount())) {
            return;
        }
        String tag = wanted.tag().orElse(null);
        if (wanted.stakeAmount() > 0) {
            int maxExtra = ctx.strategy().maxEntryPositionAdjustment();
            if (maxExtra >= 0 && trade.nrOfSuccessfulEntries() > maxExtra) {
                LOG.debug("Max adjustment entries for {} has been reached.", trade.pair());
                return;
            }
            entries.executeAdjustmentEntry(trade, wanted.stakeAmount(), rates.entry(), tag);
            return;
        }
        double amount = Precision.amountToPrecision(market,
                Math.abs(wanted.stakeAmount()) * trade.amount() / trade.stakeAmount());
        if (amount <= 0) {
            return;
        }
        double remainingValue = (trade.amount() - amount) * rates.exit();
        if (remainingValue > 0 && min != null && remainingValue < min) {
            LOG.info("Remaining amount of {} would be smaller than the minimum stake {}; not exiting part of it.",
                    trade.pair(), min);
            return;
        }
        exits.executeExit(trade, rates.exit(), new ExitCheck(ExitType.PARTIAL_EXIT, tag), null,
                amount >= trade.amount() ? null : amount);
    }
}
