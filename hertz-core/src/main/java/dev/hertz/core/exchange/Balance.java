package dev.hertz.core.exchange;

/**
 * One currency's balance on the exchange.
 *
 * @param currency currency code
 * @param free     available for new orders
 * @param used     locked in open orders
 * @param total    {@code free + used}
 */
public record Balance(String currency, double free, double used, double total) {
}
