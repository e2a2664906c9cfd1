package dev.hertz.core.config;

/**
 * {@code entry_pricing} or {@code exit_pricing}: where the limit price of an order comes from.
 *
 * @param priceSide {@code price_side} (default same)
 * @param useOrderBook {@code use_order_book} (default false, freqtrade's code default)
 * @param orderBookTop {@code order_book_top} (default 1 = best level)
 * @param priceLastBalance {@code price_last_balance} (default 0.0): interpolation towards the last price
 * @param checkDepthOfMarket {@code check_depth_of_market.enabled} (entry only; default false)
 * @param bidsToAskDelta {@code check_depth_of_market.bids_to_ask_delta} (entry only; default 0)
 */
public record PricingConfig(
        PriceSide priceSide,
        boolean useOrderBook,
        int orderBookTop,
        double priceLastBalance,
        boolean checkDepthOfMarket,
        double bidsToAskDelta) {

    static PricingConfig from(NodeReader section) {
        NodeReader depth = section.child("check_depth_of_market");
        return new PricingConfig(
                PriceSide.fromValue(section.keyPath("price_side"), section.text("price_side", "same")),
                section.bool("use_order_book", false),
                section.integer("order_book_top", 1),
                section.number("price_last_balance", 0.0),
                depth.bool("enabled", false),
                depth.number("bids_to_ask_delta", 0));
    }
}
