package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Old freqtrade key names: migrated to the current names (with a warning) where freqtrade still
 * accepts them, reported as errors where it does not. In spot mode the buy/sell wording is
 * migrated; in margin and futures mode (which never had that wording) it is an error.
 */
final class DeprecatedSettings {

    private static final List<String[]> ORDER_TYPE_RENAMES = List.of(
            new String[] {"buy", "entry"}, new String[] {"sell", "exit"},
            new String[] {"emergencysell", "emergency_exit"}, new String[] {"forcesell", "force_exit"},
            new String[] {"forcebuy", "force_entry"}, new String[] {"emergencyexit", "emergency_exit"},
            new String[] {"forceexit", "force_exit"}, new String[] {"forceentry", "force_entry"});
    private static final List<String[]> BUY_SELL = List.of(new String[] {"buy", "entry"}, new String[] {"sell", "exit"});
    private static final List<String[]> STRATEGY_SETTINGS = List.of(
            new String[] {"use_sell_signal", "use_exit_signal"},
            new String[] {"sell_profit_only", "exit_profit_only"},
            new String[] {"sell_profit_offset", "exit_profit_offset"},
            new String[] {"ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal"});
    private static final List<String[]> TELEGRAM_NOTIFICATIONS = List.of(
            new String[] {"sell", "exit"}, new String[] {"sell_fill", "exit_fill"},
            new String[] {"sell_cancel", "exit_cancel"}, new String[] {"buy", "entry"},
            new String[] {"buy_fill", "entry_fill"}, new String[] {"buy_cancel", "entry_cancel"});
    private static final List<String[]> WEBHOOK_KEYS = List.of(
            new String[] {"webhookbuy", "webhookentry"}, new String[] {"webhookbuycancel", "webhookentrycancel"},
            new String[] {"webhookbuyfill", "webhookentryfill"}, new String[] {"webhooksell", "webhookexit"},
            new String[] {"webhooksellcancel", "webhookexitcancel"}, new String[] {"webhooksellfill", "webhookexitfill"});
    /** Settings that once lived in a section and now are top-level keys: finding them there is an error. */
    private static final List<String[]> REMOVED = List.of(
            new String[] {"experimental", "use_sell_signal", "use_exit_signal"},
            new String[] {"experimental", "sell_profit_only", "exit_profit_only"},
            new String[] {"experimental", "ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal"},
            new String[] {"ask_strategy", "use_sell_signal", "use_exit_signal"},
            new String[] {"ask_strategy", "sell_profit_only", "exit_profit_only"},
            new String[] {"ask_strategy", "sell_profit_offset", "exit_profit_offset"},
            new String[] {"ask_strategy", "ignore_roi_if_buy_signal", "ignore_roi_if_entry_signal"});

    private final ObjectNode config;
    private final List<String> warnings;
    private final List<String> errors;

    private DeprecatedSettings(ObjectNode config, List<String> warnings, List<String> errors) {
        this.config = config;
        this.warnings = warnings;
        this.errors = errors;
    }

    /** Migrates {@code config} in place; adds to {@code warnings} and {@code errors}. */
    static void migrate(ObjectNode config, List<String> warnings, List<String> errors) {
        new DeprecatedSettings(config, warnings, errors).run();
    }

    private void run() {
        if (config.has("ticker_interval")) {
            errors.add("DEPRECATED: 'ticker_interval' detected. Please use 'timeframe' instead of 'ticker_interval'.");
        }
        if (config.has("protections")) {
            errors.add("DEPRECATED: Setting 'protections' in the configuration is deprecated."
                    + " Protections must be defined in the strategy.");
        }
        JsonNode edge = config.get("edge");
        if (edge != null && edge.path("enabled").asBoolean(false) && edge.has("capital_available_percentage")) {
            errors.add("DEPRECATED: Using 'edge.capital_available_percentage' has been deprecated in favor of"
                    + " 'tradable_balance_ratio'. Please migrate your configuration to 'tradable_balance_ratio'"
                    + " and remove 'capital_available_percentage' from the edge configuration.");
        }
        for (String[] removed : REMOVED) {
            if (config.path(removed[0]).has(removed[1])) {
                errors.add("Setting `" + removed[0] + "." + removed[1] + "` has been moved to `" + removed[2]
                        + "`. Please delete it from your configuration and use the `" + removed[2] + "` setting instead.");
            }
        }
        boolean spot = isSpot();
        migrateSection("order_time_in_force", BUY_SELL, spot,
                "Please migrate your time_in_force settings to use 'entry' and 'exit'.");
        migrateSection("order_types", ORDER_TYPE_RENAMES, spot,
                "Please migrate your order_types settings to use the new wording.");
        migrateSection("unfilledtimeout", BUY_SELL, spot,
                "Please migrate your unfilledtimeout settings to use the new wording.");
        migratePricing(spot);
        for (String[] rename : STRATEGY_SETTINGS) {
            if (config.has(rename[0]) && !spot) {
                errors.add("`" + rename[0] + "` is no longer supported in " + tradingMode()
                        + " mode. Please use `" + rename[1] + "` instead.");
            } else {
                move(config, null, rename[0], config, null, rename[1]);
            }
        }
        move(config, null, "forcebuy_enable", config, null, "force_entry_enable");
        if (config.get("telegram") instanceof ObjectNode telegram
                && telegram.get("notification_settings") instanceof ObjectNode notifications) {
            for (String[] rename : TELEGRAM_NOTIFICATIONS) {
                move(notifications, "notification_settings", rename[0], notifications, "notification_settings", rename[1]);
            }
        }
        if (config.get("webhook") instanceof ObjectNode webhook) {
            for (String[] rename : WEBHOOK_KEYS) {
                move(webhook, "webhook", rename[0], webhook, "webhook", rename[1]);
            }
        }
    }

    private boolean isSpot() {
        String mode = tradingMode();
        return mode.isEmpty() || mode.equals("spot");
    }

    private String tradingMode() {
        return config.path("trading_mode").asText("");
    }

    /** The buy/sell wording inside one section: migrated in spot, an error otherwise. */
    private void migrateSection(String section, List<String[]> renames, boolean spot, String migrateHint) {
        if (!(config.get(section) instanceof ObjectNode node)) {
            return;
        }
        boolean found = renames.stream().anyMatch(rename -> node.has(rename[0]));
        if (!found) {
            return;
        }
        if (!spot) {
            errors.add(section + ": the old buy/sell wording is not supported in " + tradingMode() + " mode. " + migrateHint);
            return;
        }
        for (String[] rename : renames) {
            move(node, section, rename[0], node, section, rename[1]);
        }
    }

    /** {@code bid_strategy} / {@code ask_strategy} became {@code entry_pricing} / {@code exit_pricing}. */
    private void migratePricing(boolean spot) {
        if (!config.has("bid_strategy") && !config.has("ask_strategy")) {
            return;
        }
        if (!spot) {
            errors.add("bid_strategy / ask_strategy are not supported in " + tradingMode()
                    + " mode. Please migrate your pricing settings to use the new wording.");
            return;
        }
        migratePricingSection("bid_strategy", "entry_pricing", "ask_last_balance");
        migratePricingSection("ask_strategy", "exit_pricing", "bid_last_balance");
    }

    private void migratePricingSection(String oldName, String newName, String lastBalanceKey) {
        if (!(config.get(oldName) instanceof ObjectNode old)) {
            return;
        }
        if (config.has(newName)) {
            errors.add(conflict(newName, oldName));
            return;
        }
        ObjectNode migrated = config.putObject(newName);
        List<String> keys = new ArrayList<>();
        old.properties().forEach(p -> keys.add(p.getKey()));
        for (String key : keys) {
            move(old, oldName, key, migrated, newName, key.equals(lastBalanceKey) ? "price_last_balance" : key);
        }
        config.remove(oldName);
    }

    /**
     * Moves {@code from.oldKey} to {@code to.newKey} with a deprecation warning; both present is an
     * error. Sections name the objects in messages ({@code null} = top level).
     */
    private void move(ObjectNode from, String fromSection, String oldKey, ObjectNode to, String toSection, String newKey) {
        if (!from.has(oldKey)) {
            return;
        }
        String oldName = qualified(fromSection, oldKey);
        String newName = qualified(toSection, newKey);
        if (to.has(newKey)) {
            errors.add(conflict(newName, oldName));
            return;
        }
        warnings.add("DEPRECATED: The `" + oldName + "` setting is deprecated and will be removed in future versions."
                + " Please use the `" + newName + "` setting in your configuration instead.");
        to.set(newKey, from.remove(oldKey));
    }

    private static String conflict(String newName, String oldName) {
        return "Conflicting settings `" + newName + "` and `" + oldName + "` (DEPRECATED) detected in the"
                + " configuration file. This deprecated setting will be removed in future versions."
                + " Please delete it from your configuration and use the `" + newName + "` setting instead.";
    }

    private static String qualified(String section, String key) {
        return section == null ? key : section + "." + key;
    }
}
