package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.BotState;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.strategy.Strategy;

/**
 * {@code /show_config}: the running configuration without secrets. Config sections shown as-is
 * ({@code minimal_roi}, {@code order_types}, {@code unfilledtimeout}, the pricing sections) are
 * JSON trees. Without a bot (webserver mode) the values come from the loaded configuration alone:
 * no strategy version, no order types, state {@code ""}, runmode {@code webserver}.
 *
 * @param strategyVersion       the strategy's {@code version()}; null without a bot or when it has none
 * @param apiVersion            the API version the REST server advertises; null when the caller is no API
 * @param marginMode            {@code ""} for spot, {@code isolated} or {@code cross}
 * @param stakeAmount           the configured value as text ({@code "unlimited"}, {@code "50"})
 * @param maxOpenTrades         -1 when unlimited
 * @param timeframeMs           0 without a timeframe
 * @param state                 {@code running}, {@code stopped}, ...; empty when the worker has not started
 * @param maxEntryPositionAdjustment -1 when unlimited or unset
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShowConfig(String version, String strategyVersion, Double apiVersion, boolean dryRun,
                         String tradingMode, String marginMode, boolean shortAllowed, String stakeCurrency,
                         int stakeCurrencyDecimals, String stakeAmount, Double availableCapital, int maxOpenTrades,
                         JsonNode minimalRoi, Double stoploss,
                         boolean stoplossOnExchange, Boolean trailingStop, Double trailingStopPositive,
                         Double trailingStopPositiveOffset, Boolean trailingOnlyOffsetIsReached,
                         JsonNode unfilledtimeout, Boolean useCustomStoploss, JsonNode orderTypes, String botName,
                         String timeframe, long timeframeMs, long timeframeMin, String exchange, String strategy,
                         boolean forceEntryEnable, JsonNode exitPricing, JsonNode entryPricing, String state,
                         String runmode, boolean positionAdjustmentEnable, int maxEntryPositionAdjustment) {

    /**
     * freqtrade's {@code _rpc_show_config}.
     *
     * @param config   the bot's (strategy-merged) configuration, or the loaded one without a bot
     * @param strategy the running strategy; null without a bot
     * @param state    the worker's state; null when there is none
     * @param runmode  {@code dry_run}, {@code live} or {@code webserver}
     */
    static ShowConfig of(String version, Double apiVersion, HertzConfig config, Strategy strategy, BotState state,
                         String runmode) {
        ObjectNode raw = config.raw();
        String timeframe = raw.path("timeframe").isTextual() ? raw.path("timeframe").asText() : null;
        Timeframe tf = timeframe == null ? null : Timeframe.parse(timeframe);
        String tradingMode = raw.path("trading_mode").asText("spot");
        int maxOpen = raw.path("max_open_trades").isNumber() && raw.path("max_open_trades").asDouble() >= 0
                && Double.isFinite(raw.path("max_open_trades").asDouble())
                ? raw.path("max_open_trades").asInt() : -1;
        JsonNode orderTypes = raw.path("order_types");
        int maxAdjust = raw.path("max_entry_position_adjustment").isNumber()
                && raw.path("max_entry_position_adjustment").asDouble() >= 0
                ? raw.path("max_entry_position_adjustment").asInt() : -1;
        return new ShowConfig(version, strategy == null ? null : strategyVersion(strategy), apiVersion,
                config.dryRun(), tradingMode, config.marginMode().value(), !"spot".equals(tradingMode),
                config.stakeCurrency(), decimalsPerCoin(config.stakeCurrency()), text(raw.path("stake_amount")),
                raw.path("available_capital").isNumber() ? raw.path("available_capital").asDouble() : null, maxOpen,
                raw.has("minimal_roi") ? raw.get("minimal_roi") : JsonNodeFactory.instance.objectNode(),
                number(raw.path("stoploss")), orderTypes.path("stoploss_on_exchange").asBoolean(false),
                bool(raw.path("trailing_stop")), number(raw.path("trailing_stop_positive")),
                number(raw.path("trailing_stop_positive_offset")), bool(raw.path("trailing_only_offset_is_reached")),
                raw.has("unfilledtimeout") ? raw.get("unfilledtimeout") : null,
                strategy == null ? bool(raw.path("use_custom_stoploss")) : Boolean.valueOf(strategy.useCustomStoploss()),
                strategy != null && raw.has("order_types") ? orderTypes : null,
                raw.path("bot_name").asText("freqtrade"), timeframe, tf == null ? 0 : tf.millis(),
                tf == null ? 0 : tf.minutes(), config.exchange().name(),
                strategy == null ? text(raw.path("strategy")) : strategy.name(), config.forceEntryEnable(),
                raw.path("exit_pricing"), raw.path("entry_pricing"), state == null ? "" : state.value(), runmode,
                config.positionAdjustmentEnable(), maxAdjust);
    }

    /** The strategy's {@code version()}; a strategy that throws there has none. */
    private static String strategyVersion(Strategy strategy) {
        try {
            return strategy.version();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** freqtrade's {@code decimals_per_coin}: BTC 8, ETH 5, everything else 3. */
    static int decimalsPerCoin(String coin) {
        return switch (coin) {
            case "BTC" -> 8;
            case "ETH" -> 5;
            default -> 3;
        };
    }

    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : dev.hertz.core.util.PythonFormat.str(value);
    }

    private static Double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : null;
    }

    private static Boolean bool(JsonNode value) {
        return value.isBoolean() ? value.asBoolean() : null;
    }
}
