package dev.hertz.core.rpc;

import dev.hertz.core.bot.BotContext;
import dev.hertz.core.exchange.Balance;
import dev.hertz.core.exchange.HertzException;
import dev.hertz.core.exchange.Ticker;
import dev.hertz.core.persistence.Trade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** freqtrade's {@code _rpc_balance}: every coin with a balance, valued at the last ticker price. */
final class BalanceReport {
    private BalanceReport() {
    }

    static BalanceResult of(BotContext ctx) {
        String stake = ctx.config().stakeCurrency();
        Map<String, Ticker> tickers;
        try {
            tickers = ctx.exchange().fetchTickers();
        } catch (HertzException e) {
            throw new RpcException("Error getting current tickers.");
        }
        ctx.wallets().update();
        Map<String, Trade> openByCoin = new HashMap<>();
        ctx.trades().openTrades().forEach(t -> openByCoin.put(t.safeBaseCurrency(), t));
        List<BalanceResult.Currency> currencies = new ArrayList<>();
        double total = 0;
        double totalBot = 0;
        for (Balance balance : ctx.wallets().allBalances().values()) {
            if (balance.total() == 0 && balance.free() == 0) {
                continue;
            }
            String coin = balance.currency();
            Trade trade = openByCoin.get(coin);
            boolean managed = coin.equals(stake) || trade != null;
            double owned = coin.equals(stake) ? ctx.wallets().getAvailableStakeAmount() : trade != null ? trade.amount() : 0;
            double estStake;
            double estBot;
            if (coin.equals(stake)) {
                estStake = balance.total();
                estBot = owned;
            } else {
                Double rate = rate(tickers, coin, stake);
                if (rate == null) {
                    // no market values this coin in the stake currency: leave it out, as freqtrade does
                    continue;
                }
                estStake = rate * balance.total();
                estBot = rate * owned;
            }
            total += estStake;
            if (managed) {
                totalBot += estBot;
            }
            currencies.add(new BalanceResult.Currency(coin, balance.free(), balance.total(), balance.used(), owned,
                    estStake, managed ? estBot : 0, stake, "long", 0, managed, false));
        }
        double starting = ctx.wallets().getStartingBalance();
        double ratio = starting == 0 ? 0 : totalBot / starting - 1;
        double pct = starting == 0 ? 0 : Math.round(ratio * 100 * 100) / 100.0;
        return new BalanceResult(currencies, total, totalBot, "", 0, 0, stake, starting, ratio, pct, 0, ratio, pct,
                ctx.trades().count(null), ctx.config().dryRun() ? "Simulated balances" : "");
    }

    /** Last price of {@code coin} in {@code stake}, through COIN/STAKE or the inverse STAKE/COIN market. */
    private static Double rate(Map<String, Ticker> tickers, String coin, String stake) {
        Ticker direct = tickers.get(coin + "/" + stake);
        if (direct != null && direct.last() != null && direct.last() > 0) {
            return direct.last();
        }
        Ticker inverse = tickers.get(stake + "/" + coin);
        if (inverse != null && inverse.last() != null && inverse.last() > 0) {
            return 1.0 / inverse.last();
        }
        return null;
    }
}
