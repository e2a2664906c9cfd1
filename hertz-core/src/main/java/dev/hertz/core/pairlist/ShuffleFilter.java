package dev.hertz.core.pairlist;

import dev.hertz.core.data.Timeframe;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Ticker;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the pairs in random order. With {@code shuffle_frequency} {@code candle} (default) the same
 * incoming list keeps its permutation until the next candle of the strategy timeframe; with
 * {@code iteration} it is reshuffled on every call. The {@code seed} is honoured only outside live
 * and dry-run trading, where repeatable backtests matter; the random sequence is Python's, so a
 * seeded backtest orders pairs as freqtrade does.
 */
public final class ShuffleFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("ShuffleFilter", "Randomize pairlist order.",
            false, SupportsBacktesting.YES, List.of(
            PairlistParameter.option("shuffle_frequency", "candle", List.of("candle", "iteration"),
                    "Shuffle frequency", "Shuffle frequency. Can be either 'candle' or 'iteration'."),
            PairlistParameter.number("seed", null, "Random Seed",
                    "Seed for random number generator. Not used in live mode.")));

    private static final Logger LOG = LoggerFactory.getLogger(ShuffleFilter.class);

    private final Optional<ParamNumber> seed;
    private final boolean everyCandle;
    private final String frequency;
    private final PythonRandom random;
    private final ExpiringCache<List<String>, List<String>> permutations;

    ShuffleFilter(Setup setup) {
        super(setup);
        if (context.runMode().isTrading()) {
            seed = Optional.empty();
            LOG.info("Live mode detected, not applying seed.");
        } else {
            seed = params.optionalNumber("seed");
            LOG.info("Backtesting mode detected, applying seed value: " + seed.map(ParamNumber::text).orElse("None"));
        }
        random = seed.map(s -> new PythonRandom(wholeSeed(s))).orElseGet(PythonRandom::unseeded);
        frequency = params.text("shuffle_frequency", "candle");
        if (!frequency.equals("candle") && !frequency.equals("iteration")) {
            throw params.invalid("shuffle_frequency", "must be 'candle' or 'iteration', got '" + frequency + "'");
        }
        everyCandle = frequency.equals("candle");
        String timeframe = context.config().timeframe().orElseThrow(() -> new ConfigurationError(
                params.owner() + ": needs the strategy timeframe (config key 'timeframe') to know when a candle ends"));
        permutations = ExpiringCache.periodic(context.clock(), Timeframe.parse(timeframe).seconds(), 1000);
    }

    private BigInteger wholeSeed(ParamNumber value) {
        try {
            return new BigDecimal(value.value()).toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw params.invalid("seed", "must be a whole number, got " + value);
        }
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name() + " - Shuffling pairs every " + frequency
                + seed.map(s -> ", seed = " + s + ".").orElse(".");
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        List<String> before = List.copyOf(pairlist);
        List<String> cached = permutations.get(before);
        if (cached != null && !cached.isEmpty() && everyCandle) {
            return new ArrayList<>(cached);
        }
        List<String> shuffled = new ArrayList<>(pairlist);
        synchronized (random) {
            random.shuffle(shuffled);
        }
        permutations.put(before, List.copyOf(shuffled));
        return shuffled;
    }
}
