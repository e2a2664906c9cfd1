package dev.hertz.core.bot;

import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.OrderType;
import dev.hertz.core.exchange.PriceDiscovery;
import dev.hertz.core.pairlist.PairListManager;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.TradeRepository;
import dev.hertz.core.protection.PairLocks;
import dev.hertz.core.protection.ProtectionManager;
import dev.hertz.core.rpc.RpcSender;
import dev.hertz.core.strategy.Strategy;
import dev.hertz.core.strategy.StrategyAnalyzer;

import java.time.Clock;

/**
 * Everything one bot instance works with, built by the composition root. The exchange is the
 * one orders go to: in dry-run a {@link DryRunExchange} over the market data source.
 *
 * @param config the configuration merged with the strategy's settings
 * @param rpc    where the bot's notifications go: the process-wide {@code RpcManager}, which
 *               outlives this bot across {@code reload_config}
 */
public record BotContext(HertzConfig config, Strategy strategy, StrategyAnalyzer analyzer, ExitRules exitRules,
                         Exchange exchange, PriceDiscovery prices, DataProvider data, PairListManager pairlists,
                         PairLocks pairLocks, ProtectionManager protections, Wallets wallets, OrderUpdater orders,
                         Database database, TradeRepository trades, Clock clock, RpcSender rpc) {

    /** A bot whose notifications go nowhere (tools and tests that do not look at them). */
    public BotContext(HertzConfig config, Strategy strategy, StrategyAnalyzer analyzer, ExitRules exitRules,
                      Exchange exchange, PriceDiscovery prices, DataProvider data, PairListManager pairlists,
                      PairLocks pairLocks, ProtectionManager protections, Wallets wallets, OrderUpdater orders,
                      Database database, TradeRepository trades, Clock clock) {
        this(config, strategy, analyzer, exitRules, exchange, prices, data, pairlists, pairLocks, protections, wallets,
                orders, database, trades, clock, RpcSender.NONE);
    }

    /** Order type of new entries ({@code order_types.entry}, {@code force_entry} for forced ones). */
    public OrderType entryOrderType(boolean forced) {
        return config.orderTypes().map(t -> forced ? t.forceEntry() : t.entry()).orElse(OrderType.LIMIT);
    }

    /** Order type of an exit of the given kind, per {@code order_types}. */
    public OrderType exitOrderType(ExitType type) {
        return config.orderTypes().map(t -> switch (type) {
            case EMERGENCY_EXIT -> t.emergencyExit();
            case FORCE_EXIT -> t.forceExit();
            default -> type.usesStoplossOrderType() ? t.stoploss() : t.exit();
        }).orElse(type == ExitType.EMERGENCY_EXIT ? OrderType.MARKET : OrderType.LIMIT);
    }

    /** {@code order_time_in_force} of entries or exits, upper-case as exchanges take it. */
    public String timeInForce(boolean entry) {
        return config.orderTimeInForce().map(t -> entry ? t.entry() : t.exit()).orElse("GTC").toUpperCase();
    }

    /** {@code custom_price_max_distance_ratio}: how far custom entry/exit prices may stray from the proposal. */
    public double customPriceMaxDistanceRatio() {
        return config.raw().path("custom_price_max_distance_ratio").asDouble(0.02);
    }
}
