package dev.hertz.core.bot;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.MaxOpenTrades;
import dev.hertz.core.config.StakeAmount;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * freqtrade's {@code Wallets}: the balances the bot trades with and the stake of each new trade.
 *
 * <p>Live, balances are the exchange's. In dry-run (and backtesting) they are recomputed from the
 * trades on every {@link #update()} (reference §3.2): the stake currency holds
 * {@code dry_run_wallet + closed profits + realized profits of open trades - stakes of open trades}
 * free, plus the stake of open entry orders as used; each base currency of an open trade holds the
 * trade amount, the part in open exit orders counted as used. Other currencies of a per-currency
 * {@code dry_run_wallet} keep their starting balance. In futures the stake currency's used part is
 * the collateral of the open positions, which are kept per pair instead of base wallets.
 *
 * <p>Trades come from a {@link TradeSource}; Wallets never touches the database. The source should
 * show the trade objects the bot is working on (saved or about to be), since freqtrade reads the
 * committed state at each update.
 */
public final class Wallets {

    /** The trades the wallet is derived from. */
    public interface TradeSource {
        /** The open trades; trades already marked closed are ignored. */
        List<Trade> openTrades();

        /** Σ {@code close_profit_abs} of the closed trades. */
        double totalClosedProfit();
    }

    /**
     * An open futures position.
     *
     * @param symbol     pair
     * @param position   size in base currency
     * @param leverage   leverage of the trade
     * @param collateral stake tied up
     * @param side       {@code long} or {@code short}
     */
    public record Position(String symbol, double position, double leverage, double collateral, String side) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Wallets.class);
    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final HertzConfig config;
    private final Exchange exchange;
    private final TradeSource trades;
    private final InstantSource clock;
    private final boolean backtest;
    private volatile Map<String, Balance> wallets = Map.of();
    private volatile Map<String, Position> positions = Map.of();
    private Instant lastRefresh;

    /**
     * Builds the wallets and reads them once.
     *
     * @param exchange source of live balances (not called in dry-run or backtesting)
     * @param backtest backtesting: dry-run balances, no log lines
     */
    public Wallets(HertzConfig config, Exchange exchange, TradeSource trades, InstantSource clock, boolean backtest) {
        this.config = config;
        this.exchange = exchange;
        this.trades = trades;
        this.clock = clock;
        this.backtest = backtest;
        update();
    }

    /** Free balance of {@code currency}, 0 when unknown. */
    public double getFree(String currency) {
        Balance b = wallets.get(currency);
        return b == null ? 0.0 : b.free();
    }

    /** Balance of {@code currency} locked in orders, 0 when unknown. */
    public double getUsed(String currency) {
        Balance b = wallets.get(currency);
        return b == null ? 0.0 : b.used();
    }

    /** Total balance of {@code currency}, 0 when unknown. */
    public double getTotal(String currency) {
        Balance b = wallets.get(currency);
        return b == null ? 0.0 : b.total();
    }

    /** What the bot owns of a pair: the base currency total, or in futures the position size. */
    public double getOwned(String pair, String baseCurrency) {
        if (config.tradingMode() != TradingMode.FUTURES) {
            return getTotal(baseCurrency);
        }
        Position p = positions.get(pair);
        return p == null ? 0.0 : p.position();
    }

    /** Every balance by currency, as of the last update. */
    public Map<String, Balance> allBalances() {
        return wallets;
    }

    /** Open futures positions by pair, as of the last update. */
    public Map<String, Position> allPositions() {
        return positions;
    }

    /** Re-reads the balances now. */
    public void update() {
        update(true);
    }

    /**
     * Re-reads the balances; without {@code requireUpdate} only when the last read is more than an
     * hour old (for user-invoked balance views; trading always needs fresh numbers).
     */
    public synchronized void update(boolean requireUpdate) {
        Instant now = clock.instant();
        if (requireUpdate || lastRefresh == null || lastRefresh.plus(MAX_AGE).isBefore(now)) {
            if (!config.dryRun() && !backtest) {
                updateLive();
            } else {
                updateDry();
            }
            if (!backtest) {
                LOG.info("Wallets synced.");
            }
            lastRefresh = clock.instant();
        }
    }

    private void updateDry() {
        List<Trade> open = openTrades();
        double realized = 0.0;
        double inTrades = 0.0;
        for (Trade t : open) {
            realized += t.realizedProfit();
            inTrades += t.stakeAmount();
        }
        double totalProfit = trades.totalClosedProfit() + realized;
        Map<String, Double> startCap = config.dryRunWallet();
        String stake = config.stakeCurrency();
        double startStake = startCap.getOrDefault(stake, 0.0);
        Map<String, Balance> balances = new LinkedHashMap<>();
        Map<String, Position> pos = new LinkedHashMap<>();
        double current;
        double used;
        double total;
        if (config.tradingMode() != TradingMode.FUTURES) {
            used = 0.0;
            for (Trade t : open) {
                double entryStake = 0.0;
                double pending = 0.0;
                for (Order o : t.openOrders()) {
                    if (t.entrySide().equals(o.ftOrderSide())) {
                        entryStake += o.stakeAmount(t.leverage());
                    } else if (t.exitSide().equals(o.ftOrderSide()) && o.amount() != null) {
                        pending += o.amount();
                    }
                }
                used += entryStake;
                String currency = t.safeBaseCurrency();
                double start = currency.equals(stake) ? 0.0 : startCap.getOrDefault(currency, 0.0);
                balances.put(currency, new Balance(currency, start + t.amount() - pending, pending, start + t.amount()));
            }
            current = startStake + totalProfit - inTrades;
            total = current + used;
        } else {
            double collateral = 0.0;
            for (Trade t : open) {
                collateral += t.stakeAmount();
                pos.put(t.pair(), new Position(t.pair(), t.amount(), t.leverage(), t.stakeAmount(), t.tradeDirection()));
            }
            current = startStake + totalProfit - collateral;
            used = collateral;
            total = current + collateral;
        }
        balances.put(stake, new Balance(stake, current, used, total));
        startCap.forEach((currency, amount) -> balances.putIfAbsent(currency, new Balance(currency, amount, 0.0, amount)));
        wallets = Collections.unmodifiableMap(balances);
        positions = Collections.unmodifiableMap(pos);
    }

    private void updateLive() {
        wallets = Collections.unmodifiableMap(new LinkedHashMap<>(exchange.fetchBalances()));
        positions = Map.of();
    }

    /**
     * freqtrade's {@code check_exit_amount}: whether the wallet holds the trade's amount (spot with
     * 1.9 % slack for fees), re-reading the balances once before answering no.
     */
    public boolean checkExitAmount(Trade trade) {
        if (!hasExitAmount(trade)) {
            update();
            return hasExitAmount(trade);
        }
        return true;
    }

    private boolean hasExitAmount(Trade trade) {
        double walletAmount;
        if (trade.tradingMode() != TradingMode.FUTURES) {
            walletAmount = getTotal(trade.safeBaseCurrency()) * (2 - 0.981);
        } else {
            Position p = positions.get(trade.pair());
            if (p == null) {
                return false;
            }
            walletAmount = p.position();
        }
        return walletAmount >= trade.amount();
    }

    /** Σ {@code stake_amount} of the open trades. */
    public double totalOpenTradesStakes() {
        double sum = 0.0;
        for (Trade t : openTrades()) {
            sum += t.stakeAmount();
        }
        return sum;
    }

    /** {@code available_capital} if set, else what the free balance was before profits and open stakes. */
    public double getStartingBalance() {
        if (config.availableCapital().isPresent()) {
            return config.availableCapital().getAsDouble();
        }
        return getFree(config.stakeCurrency()) - trades.totalClosedProfit() + totalOpenTradesStakes();
    }

    /**
     * The capital trades may use, stakes in open trades included: {@code available_capital} plus
     * closed profits, or {@code (open stakes + free) × tradable_balance_ratio}.
     */
    public double getTotalStakeAmount() {
        double tiedUp = totalOpenTradesStakes();
        if (config.availableCapital().isPresent()) {
            return config.availableCapital().getAsDouble() + trades.totalClosedProfit();
        }
        return (tiedUp + getFree(config.stakeCurrency())) * config.tradableBalanceRatio();
    }

    /** {@code min(total stake amount - open stakes, free)}: what the next trade may still use. */
    public double getAvailableStakeAmount() {
        double free = getFree(config.stakeCurrency());
        return Math.min(getTotalStakeAmount() - totalOpenTradesStakes(), free);
    }

    /** {@link #getTradeStakeAmount(String, MaxOpenTrades, boolean)} after a fresh wallet update. */
    public double getTradeStakeAmount(String pair, MaxOpenTrades maxOpenTrades) {
        return getTradeStakeAmount(pair, maxOpenTrades, true);
    }

    /**
     * The stake for a new trade: the configured {@code stake_amount}, or for {@code "unlimited"} the
     * available amount plus open stakes divided by {@code max_open_trades} (never more than is
     * available; 0 when no trade may be opened). With {@code amend_last_stake_amount} a stake above
     * the available amount shrinks to it, unless that falls to or below
     * {@code last_stake_amount_min_ratio} of the stake (then 0).
     *
     * @throws DependencyException when the available balance is lower than the stake
     * @throws ConfigurationError  when no {@code stake_amount} is configured
     */
    public double getTradeStakeAmount(String pair, MaxOpenTrades maxOpenTrades, boolean update) {
        if (update) {
            update();
        }
        double tiedUp = totalOpenTradesStakes();
        double available = getAvailableStakeAmount();
        StakeAmount configured = config.stakeAmount()
                .orElseThrow(() -> new ConfigurationError("stake_amount: required to size a trade for " + pair));
        double stake = configured instanceof StakeAmount.Fixed fixed
                ? fixed.amount()
                : unlimitedStakeAmount(available, tiedUp, maxOpenTrades);
        return checkAvailableStakeAmount(stake, available);
    }

    private static double unlimitedStakeAmount(double available, double tiedUp, MaxOpenTrades maxOpenTrades) {
        double slots = maxOpenTrades.isUnlimited() ? Double.POSITIVE_INFINITY : maxOpenTrades.value();
        if (slots == 0) {
            return 0;
        }
        return Math.min((available + tiedUp) / slots, available);
    }

    private double checkAvailableStakeAmount(double stake, double available) {
        double amount = stake;
        if (config.amendLastStakeAmount()) {
            amount = available > amount * config.lastStakeAmountMinRatio() ? Math.min(amount, available) : 0;
        }
        if (available < amount) {
            String currency = config.stakeCurrency();
            throw new DependencyException("Available balance (" + PythonFormat.floatRepr(available) + " " + currency
                    + ") is lower than stake amount (" + PythonFormat.floatRepr(amount) + " " + currency + ")");
        }
        return amount;
    }

    /**
     * freqtrade's {@code validate_stake_amount}: brings a proposed stake within the pair's limits and
     * the available balance; 0 means "no trade".
     *
     * <ul>
     *   <li>no stake (null or 0) → 0;</li>
     *   <li>the ceiling is {@code min(maxStake, available)}, for a position adjustment also
     *       {@code maxStake - tradeStake} so the position stays exitable;</li>
     *   <li>a minimum above the ceiling → 0;</li>
     *   <li>below the minimum: raised to it, unless the minimum exceeds the stake by more than
     *       30 % (then 0);</li>
     *   <li>above the ceiling: lowered to it.</li>
     * </ul>
     *
     * @param minStake   the pair's minimum stake, null when unknown
     * @param maxStake   the pair's maximum stake (may be infinite)
     * @param tradeStake stake already in the trade for a position adjustment, else null
     */
    public double validateStakeAmount(String pair, Double stakeAmount, Double minStake, double maxStake,
                                      Double tradeStake) {
        if (stakeAmount == null || stakeAmount == 0) {
            LOG.debug("Stake amount is {}, ignoring possible trade for {}.",
                    stakeAmount == null ? "None" : PythonFormat.floatRepr(stakeAmount), pair);
            return 0;
        }
        double stake = stakeAmount;
        double maxAllowed = Math.min(maxStake, getAvailableStakeAmount());
        if (tradeStake != null && tradeStake != 0) {
            maxAllowed = Math.min(maxAllowed, maxStake - tradeStake);
        }
        if (minStake != null && minStake > maxAllowed) {
            if (!backtest) {
                LOG.warn("Minimum stake amount > available balance. {} > {}",
                        PythonFormat.floatRepr(minStake), PythonFormat.floatRepr(maxAllowed));
            }
            return 0;
        }
        if (minStake != null && stake < minStake) {
            if (!backtest) {
                LOG.info("Stake amount for pair {} is too small ({} < {}), adjusting to {}.",
                        pair, PythonFormat.floatRepr(stake), PythonFormat.floatRepr(minStake), PythonFormat.floatRepr(minStake));
            }
            if (stake * 1.3 < minStake) {
                if (!backtest) {
                    LOG.info("Adjusted stake amount for pair {} is more than 30% bigger than the desired stake amount"
                                    + " of ({} * 1.3 = {}) < {}), ignoring trade.",
                            pair, PythonFormat.fixed(stake, 8), PythonFormat.fixed(stake * 1.3, 8), PythonFormat.floatRepr(minStake));
                }
                return 0;
            }
            stake = minStake;
        }
        if (stake > maxAllowed) {
            if (!backtest) {
                LOG.info("Stake amount for pair {} is too big ({} > {}), adjusting to {}.",
                        pair, PythonFormat.floatRepr(stake), PythonFormat.floatRepr(maxAllowed), PythonFormat.floatRepr(maxAllowed));
            }
            stake = maxAllowed;
        }
        return stake;
    }

    private List<Trade> openTrades() {
        return trades.openTrades().stream().filter(Trade::isOpen).toList();
    }
}
