package dev.hertz.core.exchange.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.exchange.ConfigurationError;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code exchange.sim} object of a config. Every error names the key path, the value
 * and what is allowed; unknown keys are errors too, so typos do not pass silently.
 */
final class SimConfigReader {

    private static final String PATH = "exchange.sim";
    private static final Set<String> KEYS =
            Set.of("seed", "speed", "start", "fee", "maker_fee", "taker_fee", "history_days", "balances", "markets");
    private static final Set<String> MARKET_KEYS = Set.of("symbol", "price", "tick_size", "step_size", "min_amount",
            "min_cost", "volatility", "daily_volume");

    private SimConfigReader() {
    }

    static SimExchangeConfig read(JsonNode sim) {
        SimExchangeConfig d = SimExchangeConfig.defaults();
        if (sim == null || sim.isNull() || sim.isMissingNode()) {
            return d;
        }
        if (!sim.isObject()) {
            throw error(PATH, sim, "an object");
        }
        checkKeys(sim, PATH, KEYS);
        long seed = sim.has("seed") ? integer(sim.get("seed"), PATH + ".seed") : d.seed();
        double speed = sim.has("speed") ? positive(sim.get("speed"), PATH + ".speed") : d.speed();
        Instant start = sim.has("start") ? instant(sim.get("start"), PATH + ".start") : null;
        double fee = sim.has("fee") ? fee(sim.get("fee"), PATH + ".fee") : SimExchangeConfig.DEFAULT_FEE;
        double maker = sim.has("maker_fee") ? fee(sim.get("maker_fee"), PATH + ".maker_fee") : fee;
        double taker = sim.has("taker_fee") ? fee(sim.get("taker_fee"), PATH + ".taker_fee") : fee;
        int history = d.historyDays();
        if (sim.has("history_days")) {
            long h = integer(sim.get("history_days"), PATH + ".history_days");
            if (h < 1 || h > SimExchangeConfig.MAX_HISTORY_DAYS) {
                throw error(PATH + ".history_days", sim.get("history_days"),
                        "a whole number from 1 to " + SimExchangeConfig.MAX_HISTORY_DAYS);
            }
            history = (int) h;
        }
        Map<String, Double> balances = sim.has("balances") ? balances(sim.get("balances")) : d.balances();
        List<SimMarketSpec> markets = sim.has("markets") ? markets(sim.get("markets")) : d.markets();
        try {
            return new SimExchangeConfig(seed, speed, start, markets, balances, maker, taker, history);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(PATH + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> balances(JsonNode node) {
        String path = PATH + ".balances";
        if (!node.isObject()) {
            throw error(path, node, "an object of currency to amount, e.g. {\"USDT\": 1000}");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            double v = number(e.getValue(), path + "." + e.getKey());
            if (v < 0) {
                throw error(path + "." + e.getKey(), e.getValue(), "a number >= 0");
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static List<SimMarketSpec> markets(JsonNode node) {
        String path = PATH + ".markets";
        if (!node.isArray() || node.isEmpty()) {
            throw error(path, node, "a non-empty list of symbols (\"BTC/USDT\") or market objects");
        }
        List<SimMarketSpec> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(market(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static SimMarketSpec market(JsonNode node, String path) {
        if (node.isTextual()) {
            return preset(node.asText()).orElseThrow(() -> error(path, node,
                    "one of the built-in markets " + presetSymbols() + " or an object with symbol and price"));
        }
        if (!node.isObject()) {
            throw error(path, node, "a symbol string or a market object");
        }
        checkKeys(node, path, MARKET_KEYS);
        JsonNode symbolNode = node.get("symbol");
        if (symbolNode == null || !symbolNode.isTextual()) {
            throw error(path + ".symbol", symbolNode, "a symbol like \"BTC/USDT\"");
        }
        String symbol = symbolNode.asText();
        SimMarketSpec base = preset(symbol).orElse(null);
        if (base == null && !node.has("price")) {
            throw error(path + ".price", null, "a positive number (required for markets other than "
                    + presetSymbols() + ")");
        }
        double price = node.has("price") ? positive(node.get("price"), path + ".price") : base.price();
        double tick = optional(node, "tick_size", path, base == null ? defaultTick(price) : base.tickSize());
        double step = optional(node, "step_size", path, base == null ? defaultStep(price) : base.stepSize());
        double minAmount = optional(node, "min_amount", path, base == null ? step : base.minAmount());
        double minCost = optional(node, "min_cost", path, base == null ? 5 : base.minCost());
        double vol = optional(node, "volatility", path, base == null ? 0.8 : base.volatility());
        double volume = optional(node, "daily_volume", path, base == null ? 5e7 : base.dailyVolume());
        try {
            return new SimMarketSpec(symbol, price, tick, step, minAmount, minCost, vol, volume);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(path + ": " + e.getMessage(), e);
        }
    }

    /** About six significant digits of price resolution. */
    private static double defaultTick(double price) {
        return Math.pow(10, Math.floor(Math.log10(price)) - 5);
    }

    /** An amount step worth roughly a tenth of a quote unit or less. */
    private static double defaultStep(double price) {
        return Math.pow(10, Math.min(0, Math.floor(Math.log10(1 / price)) - 1));
    }

    private static java.util.Optional<SimMarketSpec> preset(String symbol) {
        return SimMarketSpec.defaults().stream().filter(s -> s.symbol().equals(symbol)).findFirst();
    }

    private static List<String> presetSymbols() {
        return SimMarketSpec.defaults().stream().map(SimMarketSpec::symbol).toList();
    }

    private static double optional(JsonNode node, String key, String path, double fallback) {
        return node.has(key) ? number(node.get(key), path + "." + key) : fallback;
    }

    private static void checkKeys(JsonNode node, String path, Set<String> allowed) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (!allowed.contains(key)) {
                throw new ConfigurationError(path + "." + key + ": unknown key; allowed keys are "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static double number(JsonNode node, String path) {
        if (node == null || !node.isNumber()) {
            throw error(path, node, "a number");
        }
        return node.asDouble();
    }

    private static double positive(JsonNode node, String path) {
        if (node == null || !node.isNumber() || !(node.asDouble() > 0)) {
            throw error(path, node, "a number > 0");
        }
        return node.asDouble();
    }

    private static double fee(JsonNode node, String path) {
        double v = number(node, path);
        if (!(v >= 0 && v < 0.1)) {
            throw error(path, node, "a fee rate in [0, 0.1), e.g. 0.001 for 0.1 %");
        }
        return v;
    }

    private static long integer(JsonNode node, String path) {
        if (node == null || !node.canConvertToLong() || !node.isIntegralNumber()) {
            throw error(path, node, "a whole number");
        }
        return node.asLong();
    }

    private static Instant instant(JsonNode node, String path) {
        if (node.isIntegralNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return Instant.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw error(path, node, "an ISO-8601 UTC time like \"2024-01-01T00:00:00Z\" or epoch milliseconds");
            }
        }
        throw error(path, node, "an ISO-8601 UTC time like \"2024-01-01T00:00:00Z\" or epoch milliseconds");
    }

    private static ConfigurationError error(String path, JsonNode value, String expected) {
        return new ConfigurationError(path + ": expected " + expected + ", got " + (value == null ? "nothing" : value));
    }
}
