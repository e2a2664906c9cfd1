package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Typed, immutable view of the final configuration tree: the values the engine reads. Each
 * component names its config key; defaults are freqtrade's code defaults for keys that are absent.
 * Keys a strategy normally supplies ({@code timeframe}, {@code stoploss}, {@code order_types}, ...)
 * are optional here because the view may be taken before the strategy is merged in.
 * Everything else stays reachable through {@link #raw()}.
 *
 * @param dryRun {@code dry_run} (default true)
 * @param stakeCurrency {@code stake_currency} (default "")
 * @param stakeAmount {@code stake_amount}: a fixed amount or {@code "unlimited"}
 * @param maxOpenTrades {@code max_open_trades} (default -1 = unlimited)
 * @param tradableBalanceRatio {@code tradable_balance_ratio} (default 0.99)
 * @param availableCapital {@code available_capital}
 * @param amendLastStakeAmount {@code amend_last_stake_amount} (default false)
 * @param lastStakeAmountMinRatio {@code last_stake_amount_min_ratio} (default 0.5)
 * @param amountReservePercent {@code amount_reserve_percent} (default 0.05)
 * @param dryRunWallet {@code dry_run_wallet} per currency; a plain number is the stake currency's balance (default 1000)
 * @param timeframe {@code timeframe}
 * @param minimalRoi {@code minimal_roi}: minutes since entry → minimum profit ratio, ascending; empty = no ROI exit
 * @param stoploss {@code stoploss} (a negative ratio)
 * @param trailing {@code trailing_stop}, {@code trailing_stop_positive}, {@code trailing_stop_positive_offset},
 *        {@code trailing_only_offset_is_reached}
 * @param useExitSignal {@code use_exit_signal} (default true)
 * @param exitProfitOnly {@code exit_profit_only} (default false)
 * @param exitProfitOffset {@code exit_profit_offset} (default 0.0)
 * @param ignoreRoiIfEntrySignal {@code ignore_roi_if_entry_signal} (default false)
 * @param fee {@code fee}: overrides the exchange fee in dry-run, backtest and hyperopt
 * @param tradingMode {@code trading_mode} (default spot)
 * @param marginMode {@code margin_mode} (default "")
 * @param orderTypes {@code order_types}
 * @param orderTimeInForce {@code order_time_in_force}
 * @param unfilledTimeout {@code unfilledtimeout}
 * @param entryPricing {@code entry_pricing}
 * @param exitPricing {@code exit_pricing}
 * @param exchange {@code exchange}
 * @param pairlists {@code pairlists}
 * @param dbUrl {@code db_url}
 * @param userDataDir {@code user_data_dir}
 * @param datadir {@code datadir}
 * @param strategy {@code strategy}
 * @param strategyPath {@code strategy_path}
 * @param initialState {@code initial_state} (default stopped)
 * @param internals {@code internals}
 * @param forceEntryEnable {@code force_entry_enable} (default false)
 * @param botName {@code bot_name} (default {@code freqtrade})
 * @param cancelOpenOrdersOnExit {@code cancel_open_orders_on_exit} (default false)
 * @param positionAdjustmentEnable {@code position_adjustment_enable} (default false)
 * @param maxEntryPositionAdjustment {@code max_entry_position_adjustment} (default -1 = unlimited)
 * @param apiServer {@code api_server}
 * @param telegram {@code telegram}
 * @param webhook {@code webhook}
 * @param discord {@code discord}
 * @param externalMessageConsumer {@code external_message_consumer}: the producer bots this bot consumes
 * @param raw the whole tree; read it through {@link #raw()}
 */
public record HertzConfig(
        boolean dryRun,
        String stakeCurrency,
        Optional<StakeAmount> stakeAmount,
        MaxOpenTrades maxOpenTrades,
        double tradableBalanceRatio,
        OptionalDouble availableCapital,
        boolean amendLastStakeAmount,
        double lastStakeAmountMinRatio,
        double amountReservePercent,
        Map<String, Double> dryRunWallet,
        Optional<String> timeframe,
        NavigableMap<Integer, Double> minimalRoi,
        OptionalDouble stoploss,
        TrailingStop trailing,
        boolean useExitSignal,
        boolean exitProfitOnly,
        double exitProfitOffset,
        boolean ignoreRoiIfEntrySignal,
        OptionalDouble fee,
        TradingMode tradingMode,
        MarginMode marginMode,
        Optional<OrderTypes> orderTypes,
        Optional<OrderTimeInForce> orderTimeInForce,
        Optional<UnfilledTimeout> unfilledTimeout,
        PricingConfig entryPricing,
        PricingConfig exitPricing,
        ExchangeConfig exchange,
        List<PairlistConfig> pairlists,
        Optional<String> dbUrl,
        Optional<Path> userDataDir,
        Optional<Path> datadir,
        Optional<String> strategy,
        Optional<String> strategyPath,
        InitialState initialState,
        InternalsConfig internals,
        boolean forceEntryEnable,
        String botName,
        boolean cancelOpenOrdersOnExit,
        boolean positionAdjustmentEnable,
        int maxEntryPositionAdjustment,
        ApiServerConfig apiServer,
        TelegramConfig telegram,
        WebhookConfig webhook,
        DiscordConfig discord,
        ExternalMessageConsumerConfig externalMessageConsumer,
        ObjectNode raw) {

    public HertzConfig {
        dryRunWallet = Collections.unmodifiableMap(new LinkedHashMap<>(dryRunWallet));
        minimalRoi = Collections.unmodifiableNavigableMap(new TreeMap<>(minimalRoi));
        pairlists = List.copyOf(pairlists);
        raw = raw.deepCopy();
    }

    /** A deep copy of the whole configuration tree. */
    @Override
    public ObjectNode raw() {
        return raw.deepCopy();
    }

    /**
     * Reads the view from a configuration tree (normally {@link LoadedConfig#config()}).
     *
     * @throws ConfigException when a value has the wrong type for its key
     */
    public static HertzConfig from(ObjectNode config) {
        NodeReader c = new NodeReader(config, "");
        String stakeCurrency = c.text("stake_currency", "");
        return new HertzConfig(
                c.bool("dry_run", true),
                stakeCurrency,
                stakeAmount(c, config.get("stake_amount")),
                new MaxOpenTrades(c.integer("max_open_trades", -1)),
                c.number("tradable_balance_ratio", 0.99),
                c.optionalNumber("available_capital"),
                c.bool("amend_last_stake_amount", false),
                c.number("last_stake_amount_min_ratio", 0.5),
                c.number("amount_reserve_percent", 0.05),
                dryRunWallet(c, config.get("dry_run_wallet"), stakeCurrency),
                c.optionalText("timeframe"),
                minimalRoi(c.child("minimal_roi")),
                c.optionalNumber("stoploss"),
                TrailingStop.from(c),
                c.bool("use_exit_signal", true),
                c.bool("exit_profit_only", false),
                c.number("exit_profit_offset", 0.0),
                c.bool("ignore_roi_if_entry_signal", false),
                c.optionalNumber("fee"),
                TradingMode.fromValue(c.text("trading_mode", "spot")),
                MarginMode.fromValue(c.text("margin_mode", "")),
                c.has("order_types") ? Optional.of(OrderTypes.from(c.child("order_types"))) : Optional.empty(),
                c.has("order_time_in_force")
                        ? Optional.of(OrderTimeInForce.from(c.child("order_time_in_force"))) : Optional.empty(),
                c.has("unfilledtimeout") ? Optional.of(UnfilledTimeout.from(c.child("unfilledtimeout"))) : Optional.empty(),
                PricingConfig.from(c.child("entry_pricing")),
                PricingConfig.from(c.child("exit_pricing")),
                ExchangeConfig.from(c.child("exchange")),
                pairlists(c, config.get("pairlists")),
                c.optionalText("db_url"),
                c.optionalText("user_data_dir").map(Path::of),
                c.optionalText("datadir").map(Path::of),
                c.optionalText("strategy"),
                c.optionalText("strategy_path"),
                InitialState.fromValue(c.text("initial_state", "stopped")),
                InternalsConfig.from(c.child("internals")),
                c.bool("force_entry_enable", false),
                c.text("bot_name", "freqtrade"),
                c.bool("cancel_open_orders_on_exit", false),
                c.bool("position_adjustment_enable", false),
                c.integer("max_entry_position_adjustment", -1),
                ApiServerConfig.from(c.child("api_server")),
                TelegramConfig.from(c.child("telegram")),
                WebhookConfig.from(c.child("webhook")),
                DiscordConfig.from(c.child("discord")),
                ExternalMessageConsumerConfig.from(c.child("external_message_consumer")),
                config);
    }

    private static Optional<StakeAmount> stakeAmount(NodeReader c, JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(StakeAmount.fixed(value.doubleValue()));
        }
        if (StakeAmount.UNLIMITED.equals(value.asText(null))) {
            return Optional.of(StakeAmount.unlimited());
        }
        throw c.wrongType("stake_amount", value, "a number or \"unlimited\"");
    }

    private static Map<String, Double> dryRunWallet(NodeReader c, JsonNode value, String stakeCurrency) {
        if (value == null || value.isNull()) {
            return Map.of(stakeCurrency, 1000.0);
        }
        if (value.isNumber()) {
            return Map.of(stakeCurrency, value.doubleValue());
        }
        NodeReader wallet = c.child("dry_run_wallet");
        Map<String, Double> balances = new LinkedHashMap<>();
        value.properties().forEach(entry -> balances.put(entry.getKey(), wallet.number(entry.getKey(), 0)));
        return balances;
    }

    private static NavigableMap<Integer, Double> minimalRoi(NodeReader roi) {
        NavigableMap<Integer, Double> table = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : roi.node().properties()) {
            int minutes;
            try {
                minutes = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                throw new ConfigException(roi.keyPath(entry.getKey()) + ": \"" + entry.getKey()
                        + "\" is not a whole number of minutes");
            }
            table.put(minutes, roi.number(entry.getKey(), 0));
        }
        return table;
    }

    private static List<PairlistConfig> pairlists(NodeReader c, JsonNode value) {
        List<PairlistConfig> handlers = new ArrayList<>();
        if (value == null || value.isNull()) {
            return handlers;
        }
        if (!value.isArray()) {
            throw c.wrongType("pairlists", value, "a list of pairlist handlers");
        }
        for (int i = 0; i < value.size(); i++) {
            NodeReader handler = new NodeReader(value.get(i), "pairlists[" + i + "]");
            if (!value.get(i).isObject() || !handler.has("method")) {
                throw new ConfigException("pairlists[" + i + "].method: required key is missing");
            }
            handlers.add(new PairlistConfig(handler.text("method", ""), handler.node()));
        }
        return handlers;
    }

    /** Shows the tree with secrets hidden, so a logged config never leaks credentials. */
    @Override
    public String toString() {
        return "HertzConfig" + Secrets.redact(raw);
    }
}
