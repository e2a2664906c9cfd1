package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code /daily}, {@code /weekly}, {@code /monthly}: profit per period, newest period first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TimeUnitProfit(String stakeCurrency, String fiatDisplayCurrency, List<Period> data) {
    public TimeUnitProfit {
        data = List.copyOf(data);
    }

    /** The length of one period. */
    public enum Unit {
        DAYS, WEEKS, MONTHS
    }

    /**
     * One period.
     *
     * @param date            its first day, {@code yyyy-MM-dd}
     * @param startingBalance the current total stake minus the profit of this and every newer period
     * @param relProfit       absProfit / startingBalance rounded to 8 decimals, 0 when the balance is ≤ 0
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Period(String date, double absProfit, double startingBalance, double relProfit, double fiatValue,
                         int tradeCount) {
    }
}
