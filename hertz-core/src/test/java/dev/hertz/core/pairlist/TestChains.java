package dev.hertz.core.pairlist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.data.Candles;
import java.time.Clock;
import java.time.Instant;

/** Configs, managers and candle series for the pairlist tests. */
final class TestChains {

    static final ObjectMapper JSON = new ObjectMapper();
    static final long DAY_MS = 86_400_000L;

    private TestChains() {
    }

    /**
     * A config in BTC with the given whitelist, blacklist and pairlists (JSON texts), timeframe 5m
     * and stoploss -0.1; {@code extra} is merged on top (a JSON object text, may be empty).
     */
    static HertzConfig config(String whitelist, String blacklist, String pairlists, String extra) {
        ObjectNode tree = parse("""
                {"stake_currency": "BTC", "timeframe": "5m", "stoploss": -0.1, "max_open_trades": 3,
                 "exchange": {"name": "fixed", "pair_whitelist": %s, "pair_blacklist": %s},
                 "pairlists": %s}
                """.formatted(whitelist, blacklist, pairlists));
        if (!extra.isEmpty()) {
            tree.setAll(parse(extra));
        }
        return HertzConfig.from(tree);
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static PairListManager manager(FixedExchange exchange, Clock clock, HertzConfig config) {
        return manager(exchange, clock, config, RunMode.DRY_RUN, null);
    }

    static PairListManager manager(FixedExchange exchange, Clock clock, HertzConfig config, RunMode mode,
                                   TradeStatistics statistics) {
        return new PairListManager(new PairListContext(exchange, config, mode, clock, statistics));
    }

    /** Daily candles from {@code firstDay} (an ISO instant at midnight), one row {@code {open, high, low, close, volume}} per day. */
    static Candles daily(String firstDay, double[]... rows) {
        long start = Instant.parse(firstDay).toEpochMilli();
        Candles.Builder b = Candles.builder(rows.length);
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            b.add(start + i * DAY_MS, r[0], r[1], r[2], r[3], r[4]);
        }
        return b.build();
    }

    /** {@code count} flat daily candles at {@code price} with {@code volume}, the last one opening at {@code lastDay}. */
    static Candles flatDays(String lastDay, int count, double price, double volume) {
        long last = Instant.parse(lastDay).toEpochMilli();
        Candles.Builder b = Candles.builder(count);
        for (int i = count - 1; i >= 0; i--) {
            b.add(last - i * DAY_MS, price, price, price, price, volume);
        }
        return b.build();
    }
}
