package dev.hertz.core.persistence;

/**
 * Result of freqtrade's {@code calculate_profit}.
 *
 * @param profitAbs        close value minus open value (short: reversed), rounded to 8 decimals
 * @param profitRatio      relative profit times leverage, rounded to 8 decimals
 * @param totalProfit      {@code profitAbs + realized_profit}
 * @param totalProfitRatio total profit over {@code max_stake_amount} times leverage, 8 decimals
 */
public record ProfitStruct(double profitAbs, double profitRatio, double totalProfit, double totalProfitRatio) {
}
