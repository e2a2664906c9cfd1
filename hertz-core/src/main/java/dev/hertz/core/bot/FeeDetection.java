package dev.hertz.core.bot;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.DependencyException;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.ExchangeError;
import dev.hertz.core.exchange.Fee;
import dev.hertz.core.exchange.Market;
import dev.hertz.core.exchange.OrderStatus;
import dev.hertz.core.exchange.Ticker;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Precise;
import dev.hertz.core.persistence.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * freqtrade's fee detection for a closed order ({@code handle_order_fee}, {@code get_real_amount},
 * {@code apply_fee_conditional}, {@code calculate_fee_rate}; reference §2.8): records the fee on the
 * trade once per side and, when the fee was taken in the base currency, stores it as the order's
 * {@code ft_fee_base} so the trade amount excludes it.
 *
 * <p>The {@link Exchange} interface has no "own trades" endpoint, so an order that reports no fee
 * (or an implausible one) is left without fee, as freqtrade does when it finds no trades.
 */
final class FeeDetection {

    /** Fee rates at or above this are taken for a parsing error of the exchange library and ignored. */
    static final double MAX_PLAUSIBLE_FEE_RATE = 0.02;
    private static final Logger LOG = LoggerFactory.getLogger(FeeDetection.class);

    private final Exchange exchange;
    private final Wallets wallets;
    private final String stakeCurrency;
    private final Double unknownFeeRate;

    FeeDetection(Exchange exchange, Wallets wallets, String stakeCurrency, Double unknownFeeRate) {
        this.exchange = exchange;
        this.wallets = wallets;
        this.stakeCurrency = stakeCurrency;
        this.unknownFeeRate = unknownFeeRate;
    }

    /** Detects the fee of {@code order} and sets {@code ft_fee_base} on its row when it reduces the amount. */
    void handleOrderFee(Trade trade, Order row, dev.hertz.core.exchange.Order order) {
        try {
            Double feeBase = feeInBase(trade, order, row);
            if (feeBase != null) {
                row.setFtFeeBase(feeBase);
            }
        } catch (DependencyException e) {
            LOG.warn("Could not update trade amount: {}", e.getMessage());
        }
    }

    private Double feeInBase(Trade trade, dev.hertz.core.exchange.Order order, Order row) {
        String side = order.side().wire();
        if (feeUpdated(trade, side) || order.status() == OrderStatus.OPEN
                || (row.ftFeeBase() != null && row.ftFeeBase() != 0.0)) {
            return null;
        }
        String base = baseCurrency(trade.pair());
        Fee fee = order.fee();
        if (fee != null && fee.currency() != null) {
            Double rate = feeRate(fee, order.symbol(), order.cost(), row.safeFilled());
            LOG.info("Fee for Trade {} [{}]: {} {} - rate: {}", trade, row.ftOrderSide(),
                    PythonFormat.general(fee.cost(), 8), fee.currency(), rate == null ? "None" : PythonFormat.floatRepr(rate));
            if (rate == null || rate < MAX_PLAUSIBLE_FEE_RATE) {
                updateFee(trade, fee.cost(), fee.currency(), rate, side);
                if (base.equals(fee.currency())) {
                    return applyFeeConditional(trade, base, order.filled(), fee.cost(), row);
                }
                return null;
            }
        }
        LOG.info("Applying fee on amount for {} failed: myTrade-Dict empty found", trade);
        return null;
    }

    /**
     * The fee in base currency to deduct from the amount, or null when the wallet already holds
     * enough of the base currency to pay it ("eating into dust").
     */
    private Double applyFeeConditional(Trade trade, String base, double amount, double feeAbs, Order row) {
        wallets.update();
        double needed = trade.amount();
        if (trade.exitSide().equals(row.ftOrderSide()) || "stoploss".equals(row.ftOrderSide())) {
            needed = trade.amount() - amount;
        }
        if (trade.nrOfSuccessfulEntries() >= 1 && trade.entrySide().equals(row.ftOrderSide())) {
            // A further entry is not in trade.amount yet.
            needed = trade.amount() + amount;
        }
        if (feeAbs != 0 && wallets.getFree(base) >= needed) {
            LOG.info("Fee amount for {} was in base currency - Eating Fee {} into dust.", trade, PythonFormat.floatRepr(feeAbs));
        } else if (feeAbs != 0) {
            LOG.info("Applying fee on amount for {}, fee={}.", trade, PythonFormat.floatRepr(feeAbs));
            return feeAbs;
        }
        return null;
    }

    /**
     * The fee rate: as reported, else the fee over the filled amount (base) or over the cost (quote),
     * or for a third currency converted through its ticker against the stake currency (falling back
     * to {@code exchange.unknown_fee_rate}). Rounded to 8 decimals; null when it cannot be told.
     */
    Double feeRate(Fee fee, String symbol, double cost, double amount) {
        if (fee.rate() != null) {
            return fee.rate();
        }
        Market market = exchange.markets().get(symbol);
        if (market != null && fee.currency().equals(market.base())) {
            return Precise.round8(fee.cost() / amount);
        }
        if (market != null && fee.currency().equals(market.quote())) {
            return cost != 0 ? Precise.round8(fee.cost() / cost) : null;
        }
        if (cost == 0) {
            return null;
        }
        Double toQuote = null;
        String pair = validPairCombination(fee.currency(), stakeCurrency);
        if (pair != null) {
            try {
                Ticker t = exchange.fetchTicker(pair);
                toQuote = t.last() != null ? t.last() : t.ask();
            } catch (ExchangeError e) {
                LOG.debug("No ticker for fee currency {}: {}", fee.currency(), e.getMessage());
            }
        }
        if (pair == null || toQuote == null) {
            if (unknownFeeRate == null || unknownFeeRate == 0) {
                return null;
            }
            toQuote = unknownFeeRate;
        }
        return Precise.round8(fee.cost() * toQuote / cost);
    }

    private String validPairCombination(String a, String b) {
        for (String pair : new String[]{a + "/" + b, b + "/" + a}) {
            Market m = exchange.markets().get(pair);
            if (m != null && m.active()) {
                return pair;
            }
        }
        return null;
    }

    private String baseCurrency(String pair) {
        Market m = exchange.markets().get(pair);
        return m == null ? "" : m.base();
    }

    /** freqtrade's {@code Trade.fee_updated}: whether the fee of that order side is already recorded. */
    static boolean feeUpdated(Trade trade, String side) {
        if (trade.entrySide().equals(side)) {
            return trade.feeOpenCurrency() != null;
        }
        if (trade.exitSide().equals(side)) {
            return trade.feeCloseCurrency() != null;
        }
        return false;
    }

    /**
     * freqtrade's {@code Trade.update_fee}: records the fee once per side; an entry fee rate also
     * becomes the expected exit fee rate.
     */
    static void updateFee(Trade trade, double cost, String currency, Double rate, String side) {
        if (trade.entrySide().equals(side) && trade.feeOpenCurrency() == null) {
            trade.setFeeOpenCost(cost);
            trade.setFeeOpenCurrency(currency);
            if (rate != null) {
                trade.setFeeOpen(rate);
                trade.setFeeClose(rate);
            }
        } else if (trade.exitSide().equals(side) && trade.feeCloseCurrency() == null) {
            trade.setFeeCloseCost(cost);
            trade.setFeeCloseCurrency(currency);
            if (rate != null) {
                trade.setFeeClose(rate);
            }
        }
    }
}
