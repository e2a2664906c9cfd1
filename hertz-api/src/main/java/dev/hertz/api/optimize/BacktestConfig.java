package dev.hertz.api.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.api.schema.BacktestRequest;

/**
 * The configuration of a webserver backtest (freqtrade's {@code api_start_backtest}): the loaded
 * configuration with every request field that is set laid over it, exchange credentials and the
 * server section removed, dry-run forced.
 */
final class BacktestConfig {
    private BacktestConfig() {
    }

    static ObjectNode of(ObjectNode loaded, BacktestRequest r) {
        ObjectNode config = loaded.deepCopy();
        config.put("strategy", r.strategy());
        config.remove("strategy_list");
        putIfSet(config, "timeframe", r.timeframe());
        putIfSet(config, "timeframe_detail", r.timeframeDetail());
        putIfSet(config, "timerange", r.timerange());
        putIfSet(config, "backtest_cache", r.backtestCache());
        if (r.maxOpenTrades() != null) {
            double max = r.maxOpenTrades();
            config.put("max_open_trades", Double.isInfinite(max) || max < 0 ? -1 : (int) max);
        }
        if (r.stakeAmount() != null) {
            config.set("stake_amount", stake(r.stakeAmount()));
        }
        if (r.dryRunWallet() != null) {
            config.put("dry_run_wallet", r.dryRunWallet());
        }
        config.put("enable_protections", r.enableProtections());
        config.put("dry_run", true);
        // the server's own settings play no part in a backtest (and its run id ignores them)
        config.remove("api_server");
        JsonNode exchange = config.get("exchange");
        if (exchange instanceof ObjectNode ex) {
            ex.put("key", "");
            ex.put("secret", "");
            ex.remove("password");
            ex.remove("uid");
        }
        return config;
    }

    /** A numeric string becomes a number; {@code "unlimited"} stays text. */
    private static JsonNode stake(JsonNode value) {
        if (value.isTextual()) {
            try {
                return JsonNodeFactory.instance.numberNode(Double.parseDouble(value.asText().trim()));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static void putIfSet(ObjectNode config, String key, String value) {
        if (value != null) {
            config.put(key, value);
        }
    }
}
