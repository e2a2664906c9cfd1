package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.StakeAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The strategy attributes a configuration may override (freqtrade's {@code load_strategy}): the
 * merge between config and strategy, the parameter file's ROI/stoploss/trailing values, the
 * normalisation and the sanity checks that follow.
 */
final class StrategyAttributes {

    /**
     * One overridable attribute.
     *
     * @param key      the config key
     * @param fallback set on both sides when neither has a value; {@code null} = none
     * @param read     the strategy's value as JSON; {@code null} when the strategy has none
     * @param write    stores a JSON value into the strategy
     */
    private record Attribute(String key, JsonNode fallback, Function<Strategy, JsonNode> read,
                             BiConsumer<Strategy, JsonNode> write) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StrategyAttributes.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute("minimal_roi", JSON.objectNode().put("0", 10.0),
                    s -> s.minimalRoi == null ? null : roiToJson(s.minimalRoi), (s, v) -> s.minimalRoi = roi("minimal_roi", v)),
            new Attribute("timeframe", null, s -> text(s.timeframe), (s, v) -> s.timeframe = text("timeframe", v)),
            new Attribute("stoploss", null, s -> number(s.stoploss), (s, v) -> s.stoploss = number("stoploss", v)),
            new Attribute("trailing_stop", null, s -> JSON.booleanNode(s.trailingStop),
                    (s, v) -> s.trailingStop = bool("trailing_stop", v)),
            new Attribute("trailing_stop_positive", null, s -> number(s.trailingStopPositive),
                    (s, v) -> s.trailingStopPositive = number("trailing_stop_positive", v)),
            new Attribute("trailing_stop_positive_offset", JSON.numberNode(0.0),
                    s -> JSON.numberNode(s.trailingStopPositiveOffset),
                    (s, v) -> s.trailingStopPositiveOffset = number("trailing_stop_positive_offset", v)),
            new Attribute("trailing_only_offset_is_reached", null, s -> JSON.booleanNode(s.trailingOnlyOffsetIsReached),
                    (s, v) -> s.trailingOnlyOffsetIsReached = bool("trailing_only_offset_is_reached", v)),
            new Attribute("use_custom_stoploss", null, s -> JSON.booleanNode(s.useCustomStoploss),
                    (s, v) -> s.useCustomStoploss = bool("use_custom_stoploss", v)),
            new Attribute("process_only_new_candles", null, s -> JSON.booleanNode(s.processOnlyNewCandles),
                    (s, v) -> s.processOnlyNewCandles = bool("process_only_new_candles", v)),
            new Attribute("order_types", null, s -> map(s.orderTypes), (s, v) -> s.orderTypes = map("order_types", v)),
            new Attribute("order_time_in_force", null, s -> map(s.orderTimeInForce),
                    (s, v) -> s.orderTimeInForce = map("order_time_in_force", v)),
            new Attribute("stake_currency", null, s -> text(s.stakeCurrency),
                    (s, v) -> s.stakeCurrency = text("stake_currency", v)),
            new Attribute("stake_amount", null, s -> stake(s.stakeAmount), (s, v) -> s.stakeAmount = stake(v)),
            new Attribute("startup_candle_count", null, s -> JSON.numberNode(s.startupCandleCount),
                    (s, v) -> s.startupCandleCount = integer("startup_candle_count", v)),
            new Attribute("unfilledtimeout", null, s -> map(s.unfilledTimeout),
                    (s, v) -> s.unfilledTimeout = map("unfilledtimeout", v)),
            new Attribute("use_exit_signal", JSON.booleanNode(true), s -> bool(s.useExitSignal),
                    (s, v) -> s.useExitSignal = bool("use_exit_signal", v)),
            new Attribute("exit_profit_only", JSON.booleanNode(false), s -> bool(s.exitProfitOnly),
                    (s, v) -> s.exitProfitOnly = bool("exit_profit_only", v)),
            new Attribute("ignore_roi_if_entry_signal", JSON.booleanNode(false), s -> bool(s.ignoreRoiIfEntrySignal),
                    (s, v) -> s.ignoreRoiIfEntrySignal = bool("ignore_roi_if_entry_signal", v)),
            new Attribute("exit_profit_offset", JSON.numberNode(0.0), s -> number(s.exitProfitOffset),
                    (s, v) -> s.exitProfitOffset = number("exit_profit_offset", v)),
            new Attribute("disable_dataframe_checks", JSON.booleanNode(false), s -> JSON.booleanNode(s.disableDataframeChecks),
                    (s, v) -> s.disableDataframeChecks = bool("disable_dataframe_checks", v)),
            new Attribute("ignore_buying_expired_candle_after", JSON.numberNode(0),
                    s -> JSON.numberNode(s.ignoreBuyingExpiredCandleAfter),
                    (s, v) -> s.ignoreBuyingExpiredCandleAfter = number("ignore_buying_expired_candle_after", v)),
            new Attribute("position_adjustment_enable", JSON.booleanNode(false), s -> JSON.booleanNode(s.positionAdjustmentEnable),
                    (s, v) -> s.positionAdjustmentEnable = bool("position_adjustment_enable", v)),
            new Attribute("max_entry_position_adjustment", JSON.numberNode(-1),
                    s -> JSON.numberNode(s.maxEntryPositionAdjustment),
                    (s, v) -> s.maxEntryPositionAdjustment = integer("max_entry_position_adjustment", v)),
            new Attribute("max_open_trades", JSON.numberNode(-1), s -> s.maxOpenTrades == null ? null : JSON.numberNode(s.maxOpenTrades),
                    (s, v) -> s.maxOpenTrades = integer("max_open_trades", v)));

    private StrategyAttributes() {
    }

    /**
     * Applies the {@code roi}, {@code stoploss}, {@code trailing} and {@code max_open_trades}
     * sections of a parameter file to the strategy; config values still win afterwards.
     */
    static void applyParameterFile(Strategy s, ObjectNode params) {
        if (params.get("roi") instanceof ObjectNode roi) {
            s.minimalRoi = roi("roi", roi);
        }
        JsonNode stoploss = params.path("stoploss").get("stoploss");
        if (stoploss != null && !stoploss.isNull()) {
            s.stoploss = number("stoploss.stoploss", stoploss);
        }
        JsonNode maxOpenTrades = params.path("max_open_trades").get("max_open_trades");
        if (maxOpenTrades != null && !maxOpenTrades.isNull()) {
            s.maxOpenTrades = integer("max_open_trades.max_open_trades", maxOpenTrades);
        }
        JsonNode trailing = params.path("trailing");
        if (trailing.has("trailing_stop")) {
            s.trailingStop = bool("trailing.trailing_stop", trailing.get("trailing_stop"));
        }
        if (trailing.has("trailing_stop_positive")) {
            // freqtrade exports an unset trailing_stop_positive as null
            JsonNode positive = trailing.get("trailing_stop_positive");
            s.trailingStopPositive = positive.isNull() ? null : number("trailing.trailing_stop_positive", positive);
        }
        if (trailing.has("trailing_stop_positive_offset")) {
            s.trailingStopPositiveOffset = number("trailing.trailing_stop_positive_offset",
                    trailing.get("trailing_stop_positive_offset"));
        }
        if (trailing.has("trailing_only_offset_is_reached")) {
            s.trailingOnlyOffsetIsReached = bool("trailing.trailing_only_offset_is_reached",
                    trailing.get("trailing_only_offset_is_reached"));
        }
    }

    /**
     * Config value → strategy; else strategy value → config; else the default → both. Then
     * normalises ROI and {@code max_open_trades} on both sides.
     */
    static void merge(Strategy s, ObjectNode config) {
        for (Attribute a : ATTRIBUTES) {
            JsonNode configured = config.get(a.key());
            if (configured != null && !configured.isNull()) {
                a.write().accept(s, configured);
                LOG.info("Override strategy '{}' with value in config file: {}.", a.key(), configured);
                continue;
            }
            JsonNode own = a.read().apply(s);
            if (own != null) {
                config.set(a.key(), own);
            } else if (a.fallback() != null) {
                a.write().accept(s, a.fallback());
                config.set(a.key(), a.fallback().deepCopy());
            }
        }
        for (Attribute a : ATTRIBUTES) {
            if (config.has(a.key())) {
                LOG.info("Strategy using {}: {}", a.key(), config.get(a.key()));
            }
        }
        s.minimalRoi = Collections.unmodifiableNavigableMap(new TreeMap<>(s.minimalRoi));
        if (s.maxOpenTrades != null && s.maxOpenTrades < 0) {
            s.maxOpenTrades = -1;
            config.put("max_open_trades", -1);
        }
    }

    /**
     * freqtrade's sanity checks on the merged strategy.
     *
     * @throws StrategyLoadException naming what is missing or inconsistent
     */
    static void check(Strategy s, ObjectNode config) {
        if (s.orderTypes == null || !s.orderTypes.keySet().containsAll(List.of("entry", "exit", "stoploss", "stoploss_on_exchange"))) {
            throw new StrategyLoadException("Impossible to load Strategy '" + s.name()
                    + "'. Order-types mapping is incomplete: it needs entry, exit, stoploss and stoploss_on_exchange.");
        }
        if (s.orderTimeInForce == null || !s.orderTimeInForce.keySet().containsAll(List.of("entry", "exit"))) {
            throw new StrategyLoadException("Impossible to load Strategy '" + s.name()
                    + "'. Order-time-in-force mapping is incomplete: it needs entry and exit.");
        }
        if (s.canShort && "spot".equals(config.path("trading_mode").asText("spot"))) {
            throw new StrategyLoadException("Short strategies cannot run in spot markets. Please make sure that this "
                    + "is the correct strategy and that your trading mode configuration is correct. "
                    + "You can run this strategy in spot markets by setting `canShort = false`"
                    + " in your strategy. Please note that short signals will be ignored in that case.");
        }
    }

    private static JsonNode roiToJson(Map<Integer, Double> roi) {
        ObjectNode node = JSON.objectNode();
        new TreeMap<>(roi).forEach((minutes, ratio) -> node.put(String.valueOf(minutes), ratio));
        return node;
    }

    private static Map<Integer, Double> roi(String key, JsonNode value) {
        if (!value.isObject()) {
            throw wrongType(key, value, "an object of minutes -> ratio");
        }
        Map<Integer, Double> table = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            try {
                table.put(Integer.parseInt(entry.getKey()), number(key + "." + entry.getKey(), entry.getValue()));
            } catch (NumberFormatException e) {
                throw new ConfigException(key + "." + entry.getKey() + ": \"" + entry.getKey()
                        + "\" is not a whole number of minutes");
            }
        }
        return table;
    }

    private static JsonNode text(String value) {
        return value == null ? null : JSON.textNode(value);
    }

    private static String text(String key, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType(key, value, "a string");
        }
        return value.textValue();
    }

    private static JsonNode number(Double value) {
        return value == null ? null : JSON.numberNode(value);
    }

    private static double number(String key, JsonNode value) {
        if (!value.isNumber()) {
            throw wrongType(key, value, "a number");
        }
        return value.doubleValue();
    }

    private static int integer(String key, JsonNode value) {
        if (!value.isNumber() || value.doubleValue() != Math.rint(value.doubleValue()) || !value.canConvertToInt()) {
            throw wrongType(key, value, "a whole number");
        }
        return value.intValue();
    }

    private static JsonNode bool(Boolean value) {
        return value == null ? null : JSON.booleanNode(value);
    }

    private static boolean bool(String key, JsonNode value) {
        if (!value.isBoolean()) {
            throw wrongType(key, value, "true or false");
        }
        return value.booleanValue();
    }

    private static JsonNode map(Map<String, Object> value) {
        return value == null ? null : MAPPER.valueToTree(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String key, JsonNode value) {
        if (!value.isObject()) {
            throw wrongType(key, value, "an object");
        }
        return Collections.unmodifiableMap(MAPPER.convertValue(value, LinkedHashMap.class));
    }

    private static JsonNode stake(StakeAmount value) {
        if (value == null) {
            return null;
        }
        return value instanceof StakeAmount.Fixed fixed ? JSON.numberNode(fixed.amount()) : JSON.textNode(StakeAmount.UNLIMITED);
    }

    private static StakeAmount stake(JsonNode value) {
        if (value.isNumber()) {
            return StakeAmount.fixed(value.doubleValue());
        }
        if (StakeAmount.UNLIMITED.equals(value.asText(null))) {
            return StakeAmount.unlimited();
        }
        throw wrongType("stake_amount", value, "a number or \"unlimited\"");
    }

    private static ConfigException wrongType(String key, JsonNode value, String expected) {
        return new ConfigException(key + ": " + value + " is not " + expected);
    }
}
