package dev.hertz.core.exchange;

/**
 * One tradable market as ccxt describes it. Nullable numbers mean "the exchange does not say".
 *
 * @param symbol          unified symbol, e.g. {@code BTC/USDT} or {@code BTC/USDT:USDT}
 * @param base            base currency, e.g. {@code BTC}
 * @param quote           quote currency, e.g. {@code USDT}
 * @param active          false when the exchange has delisted or paused the market
 * @param spot            spot market
 * @param margin          margin trading allowed
 * @param futures         a perpetual or dated futures contract
 * @param precisionMode   how {@code amountPrecision}/{@code pricePrecision} are read
 * @param amountPrecision amount precision (decimals, significant digits or step), or null
 * @param pricePrecision  price precision (decimals, significant digits or tick), or null
 * @param limits          amount, cost and price limits
 * @param maker           maker fee rate, e.g. 0.001
 * @param taker           taker fee rate
 * @param contractSize    base amount per contract (futures), or null
 */
public record Market(String symbol, String base, String quote, boolean active, boolean spot, boolean margin,
                     boolean futures, PrecisionMode precisionMode, Double amountPrecision, Double pricePrecision,
                     Limits limits, double maker, double taker, Double contractSize) {

    public Market {
        if (symbol == null || base == null || quote == null || precisionMode == null || limits == null) {
            throw new IllegalArgumentException("Market needs symbol, base, quote, precisionMode and limits: " + symbol);
        }
    }

    /**
     * The contract size used for amount conversions: only futures markets trade in contracts,
     * everything else counts in base currency (size 1).
     */
    public double effectiveContractSize() {
        return futures && contractSize != null ? contractSize : 1.0;
    }

    /** Lower and upper bound; either may be null (no limit). */
    public record MinMax(Double min, Double max) {
        public static final MinMax NONE = new MinMax(null, null);
    }

    /**
     * @param amount order amount in base currency (contracts for futures)
     * @param cost   order cost in quote currency
     * @param price  order price
     */
    public record Limits(MinMax amount, MinMax cost, MinMax price) {
        public static final Limits NONE = new Limits(MinMax.NONE, MinMax.NONE, MinMax.NONE);

        public Limits {
            amount = amount == null ? MinMax.NONE : amount;
            cost = cost == null ? MinMax.NONE : cost;
            price = price == null ? MinMax.NONE : price;
        }
    }
}
