package dev.hertz.core.exchange;

import java.util.List;

/**
 * What an exchange supports, the flags freqtrade keeps in {@code _ft_has} and ccxt in {@code has}.
 *
 * @param fetchL2OrderBook       order books can be fetched (dry-run fills and {@code use_order_book} need it)
 * @param fetchTickers           all tickers in one call
 * @param marketOrders           market orders accepted
 * @param stoplossOnExchange     stop orders can be placed on the exchange
 * @param ohlcvCandleLimit       most candles one OHLCV request returns (freqtrade default 500)
 * @param ohlcvPartialCandle     the last candle of a response may still be forming
 * @param orderTimeInForce       accepted time-in-force values, upper case (default {@code GTC})
 * @param tickersHaveQuoteVolume tickers carry a 24 h quote volume
 */
public record ExchangeCapabilities(boolean fetchL2OrderBook, boolean fetchTickers, boolean marketOrders,
                                   boolean stoplossOnExchange, int ohlcvCandleLimit, boolean ohlcvPartialCandle,
                                   List<String> orderTimeInForce, boolean tickersHaveQuoteVolume) {

    /** freqtrade's defaults for an exchange without special settings. */
    public static final ExchangeCapabilities DEFAULTS =
            new ExchangeCapabilities(true, true, true, false, 500, true, List.of("GTC"), true);

    public ExchangeCapabilities {
        orderTimeInForce = List.copyOf(orderTimeInForce);
        if (ohlcvCandleLimit <= 0) {
            throw new IllegalArgumentException("ohlcvCandleLimit must be positive, got " + ohlcvCandleLimit);
        }
    }
}
