package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * freqtrade's rules that span several keys and so cannot be said in the schema (its
 * {@code validate_config_consistency}). Each rule only looks at values of the right type; wrong
 * types are the schema's to report.
 */
final class ConsistencyChecks {

    private static final Pattern WHOLE_MINUTES = Pattern.compile("[0-9]+");

    private ConsistencyChecks() {
    }

    static void check(ObjectNode config, RunMode runMode, List<String> errors) {
        trailingStop(config, errors);
        priceSides(config, errors);
        edge(config, errors);
        whitelist(config, runMode, errors);
        unlimitedAmounts(config, errors);
        consumers(config, errors);
        orderflow(config, errors);
        roiKeys(config, errors);
    }

    private static void trailingStop(ObjectNode config, List<String> errors) {
        if (!config.path("trailing_stop").asBoolean(false)) {
            return;
        }
        double positive = number(config, "trailing_stop_positive", 0);
        double offset = number(config, "trailing_stop_positive_offset", 0);
        if (config.path("trailing_only_offset_is_reached").asBoolean(false) && positive == 0.0) {
            errors.add("The config trailing_only_offset_is_reached needs trailing_stop_positive_offset"
                    + " to be more than 0 in your config.");
        }
        if (positive > 0 && offset > 0 && offset <= positive) {
            errors.add("The config trailing_stop_positive_offset needs to be greater than"
                    + " trailing_stop_positive in your config.");
        }
        if (config.path("trailing_stop_positive").isNumber() && positive == 0.0) {
            errors.add("The config trailing_stop_positive needs to be different from 0"
                    + " to avoid problems with sell orders.");
        }
    }

    /** A market order fills at the other side of the book, so the price estimate must use that side. */
    private static void priceSides(ObjectNode config, List<String> errors) {
        JsonNode orderTypes = config.path("order_types");
        String entrySide = config.path("entry_pricing").path("price_side").asText("");
        if ("market".equals(orderTypes.path("entry").asText()) && !Set.of("ask", "other").contains(entrySide)) {
            errors.add("Market entry orders require entry_pricing.price_side = \"other\".");
        }
        String exitSide = config.path("exit_pricing").path("price_side").asText("");
        if ("market".equals(orderTypes.path("exit").asText()) && !Set.of("bid", "other").contains(exitSide)) {
            errors.add("Market exit orders require exit_pricing.price_side = \"other\".");
        }
    }

    private static void edge(ObjectNode config, List<String> errors) {
        if (edgeEnabled(config) && !config.path("use_exit_signal").asBoolean(true)) {
            errors.add("Edge requires `use_exit_signal` to be True, otherwise no sells will happen.");
        }
    }

    private static void whitelist(ObjectNode config, RunMode runMode, List<String> errors) {
        if (Set.of(RunMode.OTHER, RunMode.PLOT, RunMode.UTIL_NO_EXCHANGE, RunMode.UTIL_EXCHANGE).contains(runMode)) {
            return;
        }
        JsonNode pairlists = config.get("pairlists");
        boolean staticList = pairlists == null;
        if (pairlists != null && pairlists.isArray()) {
            for (JsonNode pairlist : pairlists) {
                staticList |= "StaticPairList".equals(pairlist.path("method").asText());
            }
        }
        JsonNode whitelist = config.path("exchange").path("pair_whitelist");
        if (staticList && (!whitelist.isArray() || whitelist.isEmpty())) {
            errors.add("StaticPairList requires pair_whitelist to be set.");
        }
    }

    private static void unlimitedAmounts(ObjectNode config, List<String> errors) {
        JsonNode maxOpenTrades = config.path("max_open_trades");
        boolean unlimitedTrades = maxOpenTrades.isNumber() && maxOpenTrades.asDouble() == -1;
        if (!edgeEnabled(config) && unlimitedTrades && "unlimited".equals(config.path("stake_amount").asText(null))) {
            errors.add("`max_open_trades` and `stake_amount` cannot both be unlimited.");
        }
    }

    private static void consumers(ObjectNode config, List<String> errors) {
        JsonNode consumer = config.path("external_message_consumer");
        if (!consumer.path("enabled").asBoolean(false)) {
            return;
        }
        JsonNode producers = consumer.path("producers");
        if (!producers.isArray() || producers.isEmpty()) {
            errors.add("You must specify at least 1 Producer to connect to.");
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (JsonNode producer : producers) {
            String name = producer.path("name").asText();
            if (!seen.add(name)) {
                duplicates.add(name);
            }
        }
        if (!duplicates.isEmpty()) {
            errors.add("Producer names must be unique. Duplicate: " + String.join(", ", duplicates));
        }
    }

    private static void orderflow(ObjectNode config, List<String> errors) {
        if (config.path("exchange").path("use_public_trades").asBoolean(false) && !config.has("orderflow")) {
            errors.add("Orderflow is a required configuration key when using public trades.");
        }
    }

    /** The schema allows dots in ROI keys, but freqtrade reads them as whole minutes. */
    private static void roiKeys(ObjectNode config, List<String> errors) {
        JsonNode roi = config.get("minimal_roi");
        if (roi == null || !roi.isObject()) {
            return;
        }
        roi.properties().forEach(entry -> {
            if (!WHOLE_MINUTES.matcher(entry.getKey()).matches() && entry.getKey().matches("[0-9.]+")) {
                errors.add("minimal_roi." + entry.getKey() + ": \"" + entry.getKey()
                        + "\" is not a whole number of minutes");
            }
        });
    }

    private static boolean edgeEnabled(ObjectNode config) {
        return config.path("edge").path("enabled").asBoolean(false);
    }

    private static double number(ObjectNode config, String key, double fallback) {
        JsonNode value = config.get(key);
        return value != null && value.isNumber() ? value.asDouble() : fallback;
    }
}
