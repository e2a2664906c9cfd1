package dev.hertz.core.config;

import dev.hertz.core.exchange.OrderType;
import java.util.Optional;

/**
 * {@code order_types}.
 *
 * @param entry {@code entry}
 * @param exit {@code exit}
 * @param stoploss {@code stoploss}: order type of stoploss / trailing / liquidation exits
 * @param stoplossOnExchange {@code stoploss_on_exchange} (default false)
 * @param stoplossOnExchangeInterval {@code stoploss_on_exchange_interval} seconds (default 60)
 * @param stoplossOnExchangeLimitRatio {@code stoploss_on_exchange_limit_ratio} (default 0.99)
 * @param stoplossPriceType {@code stoploss_price_type} ({@code last}/{@code mark}/{@code index}; futures only)
 * @param emergencyExit {@code emergency_exit} (default market)
 * @param forceExit {@code force_exit} (default = {@code exit})
 * @param forceEntry {@code force_entry} (default = {@code entry})
 */
public record OrderTypes(
        OrderType entry,
        OrderType exit,
        OrderType stoploss,
        boolean stoplossOnExchange,
        double stoplossOnExchangeInterval,
        double stoplossOnExchangeLimitRatio,
        Optional<String> stoplossPriceType,
        OrderType emergencyExit,
        OrderType forceExit,
        OrderType forceEntry) {

    static OrderTypes from(NodeReader section) {
        OrderType entry = type(section, "entry", OrderType.LIMIT);
        OrderType exit = type(section, "exit", OrderType.LIMIT);
        return new OrderTypes(
                entry,
                exit,
                type(section, "stoploss", OrderType.LIMIT),
                section.bool("stoploss_on_exchange", false),
                section.number("stoploss_on_exchange_interval", 60),
                section.number("stoploss_on_exchange_limit_ratio", 0.99),
                section.optionalText("stoploss_price_type"),
                type(section, "emergency_exit", OrderType.MARKET),
                type(section, "force_exit", exit),
                type(section, "force_entry", entry));
    }

    private static OrderType type(NodeReader section, String key, OrderType fallback) {
        return section.optionalText(key).map(value -> {
            try {
                return OrderType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(section.keyPath(key) + ": \"" + value + "\" is not one of [\"limit\",\"market\"]");
            }
        }).orElse(fallback);
    }
}
