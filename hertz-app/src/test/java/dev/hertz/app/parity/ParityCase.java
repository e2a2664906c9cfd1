package dev.hertz.app.parity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One market history and one strategy, to be run by both the live bot and the backtester.
 *
 * @param candles       each pair's candles, all over the same dates, in whitelist order
 * @param pattern       the strategy's signals
 * @param timeframe     the candle timeframe
 * @param roi           the strategy's minimal ROI table
 * @param stoploss      the strategy's stoploss
 * @param maxOpenTrades slots shared by the pairs
 * @param exitOptions   the exit-signal options of the configuration
 */
record ParityCase(Map<String, Candles> candles, SignalPattern pattern, Timeframe timeframe, Map<Integer, Double> roi,
                  double stoploss, int maxOpenTrades, ExitOptions exitOptions) {
    static final double FEE = 0.001;
    /** Closed trades in the order the parity tests list them: by entry time, then pair. */
    static final Comparator<Trade> ENTRY_ORDER = Comparator.comparing(Trade::openDate).thenComparing(Trade::pair);
    private static final ObjectMapper JSON = new ObjectMapper();

    ParityCase {
        candles = Collections.unmodifiableMap(new LinkedHashMap<>(candles));
        roi = Map.copyOf(roi);
    }

    ParityCase withPattern(SignalPattern other) {
        return new ParityCase(candles, other, timeframe, roi, stoploss, maxOpenTrades, exitOptions);
    }

    /** A fresh strategy instance: the live bot and the backtester each attach their own. */
    PatternStrategy strategy() {
        return new PatternStrategy(pattern, timeframe.name(), roi, stoploss);
    }

    /**
     * The configuration both runs load: a fixed stake far below the wallet (sizing never differs),
     * the fee, the exit options, and prices on the order book's other side at depth 1, which the replay exchange puts
     * at the candle open.
     */
    ObjectNode config() {
        ObjectNode config = JSON.createObjectNode();
        config.put("strategy", "PatternStrategy");
        config.put("dry_run", true);
        config.put("dry_run_wallet", 100_000);
        config.put("stake_currency", "USDT");
        config.put("stake_amount", 100);
        config.put("max_open_trades", maxOpenTrades);
        config.put("fee", FEE);
        config.put("exit_profit_only", exitOptions.exitProfitOnly());
        config.put("exit_profit_offset", exitOptions.exitProfitOffset());
        config.put("ignore_roi_if_entry_signal", exitOptions.ignoreRoiIfEntrySignal());
        ObjectNode exchange = config.putObject("exchange");
        exchange.put("name", ReplayExchange.NAME);
        ArrayNode whitelist = exchange.putArray("pair_whitelist");
        candles.keySet().forEach(whitelist::add);
        config.putArray("pairlists").addObject().put("method", "StaticPairList");
        for (String side : List.of("entry_pricing", "exit_pricing")) {
            config.putObject(side).put("price_side", "other").put("use_order_book", true).put("order_book_top", 1);
        }
        return config;
    }

    /** The open price of {@code pair}'s candle opening at {@code candle}. */
    double openAt(String pair, Instant candle) {
        Candles series = candles.get(pair);
        int i = series.indexOf(candle.toEpochMilli());
        if (i < 0) {
            throw new IllegalArgumentException(pair + " has no candle at " + candle);
        }
        return series.open(i);
    }

    /** Open time of the first candle (every pair starts there). */
    long firstDate() {
        return candles.values().iterator().next().firstDate();
    }

    /** Open time of the last candle. */
    long lastDate() {
        return candles.values().iterator().next().lastDate();
    }
}
