package dev.hertz.core.exchange;

/**
 * The fee charged for an order.
 *
 * @param currency currency the fee was paid in
 * @param cost     fee amount in that currency
 * @param rate     fee rate, or null when the exchange does not report it
 */
public record Fee(String currency, double cost, Double rate) {
}
