package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /daily}, {@code /weekly} and {@code /monthly}: profit per period, newest first.
 *
 * @param fiatDisplayCurrency {@code ""} when none is configured
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DailyWeeklyMonthly(List<Period> data, String fiatDisplayCurrency, String stakeCurrency) {

    /**
     * One period.
     *
     * @param date            its first day, {@code YYYY-MM-DD}
     * @param absProfit       profit of the trades closed in it
     * @param relProfit       {@code absProfit / startingBalance}
     * @param startingBalance the balance when the period began
     * @param fiatValue       {@code absProfit} in fiat (0 without fiat)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String date, double absProfit, double relProfit, double startingBalance, double fiatValue,
                         int tradeCount) {
    }
}
