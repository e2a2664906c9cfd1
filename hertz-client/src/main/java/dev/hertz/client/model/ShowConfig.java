package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.Map;

/**
 * {@code /show_config}: the running configuration without secrets. Sections shown as configured
 * ({@code minimal_roi}, {@code unfilledtimeout}, {@code order_types}, the pricing sections) are
 * plain maps.
 *
 * @param strategyVersion the strategy's {@code version()}; null without a bot
 * @param apiVersion      the API version the server implements (FreqUI gates features on it)
 * @param stakeAmount     the configured value as text ({@code "unlimited"}, {@code "50"})
 * @param maxOpenTrades   -1 when unlimited
 * @param orderTypes      null in webserver mode
 * @param state           {@code running}, {@code stopped}, {@code paused}, ...; {@code ""} without a bot
 * @param runmode         {@code dry_run}, {@code live} or {@code webserver}
 * @param marginMode      {@code ""} for spot (newer servers)
 * @param maxEntryPositionAdjustment -1 when unlimited
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShowConfig(String version, String strategyVersion, double apiVersion, boolean dryRun,
                         String tradingMode, String marginMode, boolean shortAllowed, String stakeCurrency,
                         String stakeAmount, Double availableCapital, int stakeCurrencyDecimals, int maxOpenTrades,
                         Map<String, Object> minimalRoi, Double stoploss, boolean stoplossOnExchange,
                         Boolean trailingStop, Double trailingStopPositive, Double trailingStopPositiveOffset,
                         Boolean trailingOnlyOffsetIsReached, Map<String, Object> unfilledtimeout,
                         Map<String, Object> orderTypes, Boolean useCustomStoploss, String timeframe,
                         long timeframeMs, long timeframeMin, String exchange, String strategy,
                         boolean forceEntryEnable, Map<String, Object> exitPricing, Map<String, Object> entryPricing,
                         String botName, String state, String runmode, boolean positionAdjustmentEnable,
                         int maxEntryPositionAdjustment) {
}
