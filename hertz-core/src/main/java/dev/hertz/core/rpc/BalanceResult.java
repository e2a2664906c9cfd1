package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /balance}: the wallet valued in the stake currency. Fiat values are 0 until a fiat
 * converter exists.
 *
 * @param note {@code Simulated balances} in dry-run, else empty
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BalanceResult(List<Currency> currencies, double total, double totalBot, String symbol, double value,
                            double valueBot, String stake, double startingCapital, double startingCapitalRatio,
                            double startingCapitalPct, double startingCapitalFiat, double startingCapitalFiatRatio,
                            double startingCapitalFiatPct, long tradeCount, String note) {

    /**
     * One coin of the wallet.
     *
     * @param botOwned    what the bot holds of it: the open trade's amount, or the available stake
     * @param estStake    the coin's whole balance valued in the stake currency
     * @param estStakeBot the bot-owned part valued in the stake currency (0 when not bot-managed)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Currency(String currency, double free, double balance, double used, double botOwned,
                           double estStake, double estStakeBot, String stake, String side, double position,
                           boolean isBotManaged, boolean isPosition) {
    }
}
