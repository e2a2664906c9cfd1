package dev.hertz.core.exchange;

/**
 * A ccxt ticker. Price fields are null when the exchange does not report them, which the pricing
 * code turns into a {@link PricingError}.
 *
 * @param symbol      market symbol
 * @param timestamp   epoch millis of the snapshot
 * @param bid         best bid
 * @param bidVolume   amount at the best bid
 * @param ask         best ask
 * @param askVolume   amount at the best ask
 * @param last        last traded price
 * @param open        price 24 h ago
 * @param high        24 h high
 * @param low         24 h low
 * @param close       same as last
 * @param change      {@code last - open}
 * @param percentage  {@code change / open * 100}
 * @param baseVolume  24 h volume in base currency
 * @param quoteVolume 24 h volume in quote currency
 */
public record Ticker(String symbol, long timestamp, Double bid, Double bidVolume, Double ask, Double askVolume,
                     Double last, Double open, Double high, Double low, Double close, Double change,
                     Double percentage, Double baseVolume, Double quoteVolume) {

    /** A ticker carrying only bid, ask and last, as pricing tests and minimal exchanges provide. */
    public static Ticker of(String symbol, long timestamp, Double bid, Double ask, Double last) {
        return new Ticker(symbol, timestamp, bid, null, ask, null, last, null, null, null, last,
                null, null, null, null);
    }
}
