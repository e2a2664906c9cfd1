package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /balance}: the wallet valued in the stake currency.
 *
 * @param currencies one row per coin with a balance, then one per futures position
 * @param total      every asset valued in the stake currency
 * @param totalBot   the part the bot manages
 * @param symbol     the fiat display currency, {@code ""} when none is configured
 * @param value      {@code total} in fiat (0 without fiat)
 * @param note       {@code "Simulated balances"} in dry-run, else {@code ""}
 * @param startingCapitalRatio {@code totalBot / startingCapital - 1}
 * @param startingCapitalPct   the same × 100, 2 decimals
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Balances(List<Balance> currencies, double total, double totalBot, String symbol, double value,
                       double valueBot, String stake, String note, double startingCapital,
                       double startingCapitalRatio, double startingCapitalPct, double startingCapitalFiat,
                       double startingCapitalFiatRatio, double startingCapitalFiatPct) {

    /**
     * One coin (or futures position) of the wallet.
     *
     * @param balance     the coin's total
     * @param botOwned    what the bot holds of it (for the stake coin: the available stake); null for positions
     * @param estStake    the value in the stake currency
     * @param estStakeBot the bot-owned part of that value
     * @param side        {@code long} for wallet rows; {@code long}/{@code short} for positions
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Balance(String currency, double free, double balance, double used, Double botOwned,
                          double estStake, Double estStakeBot, String stake, String side, boolean isPosition,
                          double position, boolean isBotManaged) {
    }
}
