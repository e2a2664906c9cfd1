package dev.hertz.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hertz.core.exchange.sim.SimMarketSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Many simulated markets for a large whitelist: {@code C001/USDT}, {@code C002/USDT}, ... Each
 * borrows the price, steps, limits, volatility and volume of one of the built-in markets (in
 * turn), with the price nudged so no two markets are alike. The symbol salts the simulator's
 * random streams, so every market follows its own path.
 */
public final class BenchMarkets {

    private BenchMarkets() {
    }

    /** {@code count} markets quoted in USDT. */
    public static List<SimMarketSpec> specs(int count) {
        if (count < 1 || count > 999) {
            throw new IllegalArgumentException("Market count must be between 1 and 999, got " + count);
        }
        List<SimMarketSpec> shapes = SimMarketSpec.defaults();
        List<SimMarketSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SimMarketSpec s = shapes.get(i % shapes.size());
            double price = s.price() * (1 + 0.07 * (i / shapes.size()));
            out.add(new SimMarketSpec("C%03d/USDT".formatted(i + 1), price, s.tickSize(), s.stepSize(),
                    s.minAmount(), s.minCost(), s.volatility(), s.dailyVolume()));
        }
        return out;
    }

    /** The markets as the {@code exchange.sim.markets} list of a config. */
    public static ArrayNode toJson(List<SimMarketSpec> specs) {
        ArrayNode markets = JsonNodeFactory.instance.arrayNode();
        for (SimMarketSpec s : specs) {
            markets.addObject()
                    .put("symbol", s.symbol())
                    .put("price", s.price())
                    .put("tick_size", s.tickSize())
                    .put("step_size", s.stepSize())
                    .put("min_amount", s.minAmount())
                    .put("min_cost", s.minCost())
                    .put("volatility", s.volatility())
                    .put("daily_volume", s.dailyVolume());
        }
        return markets;
    }
}
