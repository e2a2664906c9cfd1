package dev.hertz.core.exchange;

/**
 * The {@code entry_pricing} / {@code exit_pricing} settings that drive {@link PriceDiscovery}.
 *
 * @param priceSide        {@code price_side} (default {@code same})
 * @param useOrderBook     {@code use_order_book} (default false in code)
 * @param orderBookTop     {@code order_book_top}, 1..50, 1 = best level
 * @param priceLastBalance {@code price_last_balance}, 0..1: how far to move from the book side towards last
 */
public record PricingConfig(PriceSide priceSide, boolean useOrderBook, int orderBookTop, double priceLastBalance) {

    /** freqtrade's code defaults. */
    public static final PricingConfig DEFAULTS = new PricingConfig(PriceSide.SAME, false, 1, 0.0);

    public PricingConfig {
        if (priceSide == null) {
            throw new IllegalArgumentException("price_side must be one of ask, bid, same, other");
        }
        if (orderBookTop < 1 || orderBookTop > 50) {
            throw new IllegalArgumentException("order_book_top must be between 1 and 50, got " + orderBookTop);
        }
        if (!(priceLastBalance >= 0 && priceLastBalance <= 1)) {
            throw new IllegalArgumentException("price_last_balance must be between 0 and 1, got " + priceLastBalance);
        }
    }
}
