package dev.hertz.core.data;

import dev.hertz.core.consumer.ProducerData;
import dev.hertz.core.consumer.ProducerDataframe;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.HertzException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The live candle cache (freqtrade's {@code DataProvider} + {@code refresh_latest_ohlcv}).
 *
 * <p>Each (pair, timeframe) series is fetched in full once, then only its new candles are
 * fetched, and only when a new candle has closed since the last refresh, so a loop that runs
 * every few seconds costs one request per series per candle. Series hold complete candles only:
 * the forming candle is dropped, as freqtrade drops it, so a strategy never sees a candle change
 * under it. Fetches run on virtual threads because a real exchange answers in tens of milliseconds
 * and a whitelist of 100 pairs would otherwise wait for them one by one.
 *
 * <p>A strategy reaches it as {@code dp} (freqtrade's {@code self.dp}), can send its own
 * notifications with {@link #sendMsg(String, boolean)}, and in a consumer bot reads what its
 * producers analysed with {@link #getProducerPairs(String)} and
 * {@link #getProducerDf(String, String, String, String)}.
 */
public final class DataProvider {
    /** One cached series. */
    public record PairTimeframe(String pair, Timeframe timeframe) {
    }

    /** Distinct strategy messages remembered for de-duplication (freqtrade's cache size). */
    private static final int MESSAGE_CACHE_SIZE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(DataProvider.class);

    private final Exchange exchange;
    private final Clock clock;
    private final Timeframe timeframe;
    private final int keepCandles;
    private final CandleType candleType;
    private final ProducerData producers;
    private final Map<PairTimeframe, Candles> cache = new ConcurrentHashMap<>();
    private final Queue<String> strategyMessages = new ConcurrentLinkedQueue<>();
    /** Message text → open time of the candle it was last asked for in, least recently asked first. */
    private final Map<String, Long> recentMessages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MESSAGE_CACHE_SIZE;
        }
    };
    private volatile boolean emitAnalyzedDataframes = true;

    /**
     * @param timeframe   the strategy timeframe: an identical strategy message is sent at most once per candle
     * @param keepCandles how many complete candles each series holds (at least the strategy's
     *                    {@code startup_candle_count} plus what its indicators need to settle)
     */
    public DataProvider(Exchange exchange, Clock clock, Timeframe timeframe, int keepCandles) {
        this(exchange, clock, timeframe, keepCandles, CandleType.SPOT, new ProducerData());
    }

    /**
     * @param timeframe   the strategy timeframe: an identical strategy message is sent at most once per candle
     * @param keepCandles how many complete candles each series holds
     * @param candleType  the bot's candle type ({@code futures} in futures mode, else {@code spot}):
     *                    the one {@code getProducerDf} reads when the strategy names none
     * @param producers   what the bot's {@code ExternalMessageConsumer} receives (empty when it has none)
     */
    public DataProvider(Exchange exchange, Clock clock, Timeframe timeframe, int keepCandles, CandleType candleType,
                        ProducerData producers) {
        if (keepCandles <= 0) {
            throw new IllegalArgumentException("keepCandles must be positive, got " + keepCandles);
        }
        this.exchange = exchange;
        this.clock = clock;
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.keepCandles = keepCandles;
        this.candleType = Objects.requireNonNull(candleType, "candleType");
        this.producers = Objects.requireNonNull(producers, "producers");
    }

    /**
     * Whether the bot publishes each pair's analysis as {@code analyzed_df} (its last row) and
     * {@code new_candle} messages. freqtrade publishes them from every dry-run/live bot (its
     * {@code _emit_df} runs whenever the data provider has the bot's RPC), and only the API's
     * message stream forwards them, to websocket clients subscribed to them (FreqUI's
     * {@code new_candle}, consumer bots' {@code analyzed_df}). On by default, as in freqtrade; turn
     * it off for a bot nobody can subscribe to, to save building those messages.
     */
    public boolean emitsAnalyzedDataframes() {
        return emitAnalyzedDataframes;
    }

    /** @see #emitsAnalyzedDataframes() */
    public void emitAnalyzedDataframes(boolean emit) {
        this.emitAnalyzedDataframes = emit;
    }

    /** {@link #sendMsg(String, boolean)} without {@code always_send}: once per candle. */
    public void sendMsg(String message) {
        sendMsg(message, false);
    }

    /**
     * Sends a text to the user's notification channels as a {@code strategy_msg} (freqtrade's
     * {@code dp.send_msg}); only handlers allowing custom messages show it. Messages are sent at
     * the end of the current bot iteration. A text identical to one asked for during the same
     * candle is dropped unless {@code alwaysSend}, so a strategy may call this on every analysis
     * without flooding the chat.
     */
    public void sendMsg(String message, boolean alwaysSend) {
        Objects.requireNonNull(message, "message");
        long candle = timeframe.candleOpen(clock.millis());
        synchronized (recentMessages) {
            Long seen = recentMessages.put(message, candle);
            if (alwaysSend || seen == null || seen != candle) {
                strategyMessages.add(message);
            }
        }
    }

    /** {@link #getProducerPairs(String)} of the producer named {@code "default"}. */
    public List<String> getProducerPairs() {
        return getProducerPairs(ProducerData.DEFAULT_PRODUCER);
    }

    /**
     * The whitelist last received from a producer (freqtrade's {@code dp.get_producer_pairs}): the
     * pairs that bot trades, for a consumer strategy that wants to follow them. Empty until the
     * producer sent one, or when this bot consumes no producer of that name.
     *
     * @param producerName the {@code name} of an entry in {@code external_message_consumer.producers}
     */
    public List<String> getProducerPairs(String producerName) {
        return producers.pairs(producerName);
    }

    /**
     * {@link #getProducerDf(String, String, String, String)} in the strategy's timeframe and the
     * bot's candle type, from the producer named {@code "default"}.
     */
    public ProducerDataframe getProducerDf(String pair) {
        return getProducerDf(pair, null, null, ProducerData.DEFAULT_PRODUCER);
    }

    /** {@link #getProducerDf(String, String, String, String)} from the producer named {@code "default"}. */
    public ProducerDataframe getProducerDf(String pair, String timeframe) {
        return getProducerDf(pair, timeframe, null, ProducerData.DEFAULT_PRODUCER);
    }

    /**
     * A producer's analysed frame of {@code pair} and when it was analysed (freqtrade's
     * {@code dp.get_producer_df}, which returns {@code (dataframe, last_analyzed)}). The producer
     * sends its whole frame (up to {@code initial_candle_limit} candles) when the consumer
     * connects and then each newly analysed candle, which is appended here; a gap is filled by
     * asking the producer again. Typical use in {@code populateIndicators}:
     *
     * <pre>{@code
     * ProducerDataframe producer = dp.getProducerDf(metadata.pair());
     * if (!producer.isEmpty()) {
     *     Frame theirs = producer.frame();   // the producer's columns: enter_long, its indicators, ...
     *     int row = theirs.indexOf(df.date()[df.lastIndex()]);
     * }
     * }</pre>
     *
     * <p>Each call returns a new copy. Before anything arrived the frame has no rows and the time
     * is the epoch, as in freqtrade.
     *
     * @param timeframe    e.g. {@code 5m}; null or empty = the strategy's timeframe
     * @param candleType   {@code spot}, {@code futures}, ...; null or empty = the bot's candle type
     * @param producerName the {@code name} of an entry in {@code external_message_consumer.producers}
     * @throws IllegalArgumentException for an unknown candle type
     */
    public ProducerDataframe getProducerDf(String pair, String timeframe, String candleType, String producerName) {
        String tf = timeframe == null || timeframe.isEmpty() ? this.timeframe.name() : timeframe;
        CandleType type = candleType == null || candleType.isEmpty() ? this.candleType : CandleType.fromValue(candleType);
        return producers.dataframe(producerName, pair, tf, type.value());
    }

    /** Takes the strategy messages queued since the last call, oldest first. */
    public List<String> drainStrategyMessages() {
        List<String> drained = new ArrayList<>();
        for (String m = strategyMessages.poll(); m != null; m = strategyMessages.poll()) {
            drained.add(m);
        }
        return drained;
    }

    /**
     * Brings every wanted series up to the last closed candle. A series that fails to load keeps
     * what it had (logged); the others are still refreshed.
     *
     * @return the series that received at least one new candle
     */
    public Set<PairTimeframe> refresh(Collection<PairTimeframe> wanted) {
        long now = clock.millis();
        List<PairTimeframe> stale = wanted.stream().distinct().filter(pt -> isStale(pt, now)).toList();
        if (stale.isEmpty()) {
            return Set.of();
        }
        Set<PairTimeframe> updated = ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> jobs = new ArrayList<>(stale.size());
            for (PairTimeframe pt : stale) {
                jobs.add(pool.submit(() -> {
                    if (refreshOne(pt, now)) {
                        updated.add(pt);
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Candle refresh failed unexpectedly", e.getCause());
        }
        return updated;
    }

    /** The cached complete candles of a series; empty when it was never refreshed or failed to load. */
    public Candles ohlcv(String pair, Timeframe timeframe) {
        return cache.getOrDefault(new PairTimeframe(pair, timeframe), Candles.empty());
    }

    /** Forgets series no longer wanted, e.g. pairs that left the whitelist. */
    public void retainOnly(Collection<PairTimeframe> wanted) {
        cache.keySet().retainAll(Set.copyOf(wanted));
    }

    private boolean isStale(PairTimeframe pt, long now) {
        Candles have = cache.get(pt);
        long lastClosedOpen = pt.timeframe().candleOpen(now) - pt.timeframe().millis();
        return have == null || have.isEmpty() || have.lastDate() < lastClosedOpen;
    }

    private boolean refreshOne(PairTimeframe pt, long now) {
        Timeframe tf = pt.timeframe();
        long currentOpen = tf.candleOpen(now);
        Candles have = cache.getOrDefault(pt, Candles.empty());
        long since = have.isEmpty() ? currentOpen - (long) keepCandles * tf.millis() : have.lastDate() + tf.millis();
        int limit = exchange.capabilities().ohlcvCandleLimit();
        Candles.Builder fresh = Candles.builder(Math.min(keepCandles, (int) ((currentOpen - since) / tf.millis()) + 1));
        try {
            while (since < currentOpen) {
                Candles page = exchange.fetchOhlcv(pt.pair(), tf, since, limit);
                long before = since;
                for (int i = 0; i < page.size(); i++) {
                    long open = page.date(i);
                    // complete candles only, each once, in order
                    if (open >= since && open < currentOpen) {
                        fresh.add(open, page.open(i), page.high(i), page.low(i), page.close(i), page.volume(i));
                        since = open + tf.millis();
                    }
                }
                if (since == before) {
                    break;
                }
            }
        } catch (HertzException e) {
            LOG.warn("Unable to fetch candles for {} {}: {}", pt.pair(), tf, e.getMessage());
            return false;
        }
        Candles added = fresh.build();
        if (added.isEmpty()) {
            return false;
        }
        cache.put(pt, append(have, added));
        return true;
    }

    private Candles append(Candles have, Candles added) {
        int keepOld = Math.max(0, Math.min(have.size(), keepCandles - added.size()));
        Candles old = have.tail(keepOld);
        Candles.Builder merged = Candles.builder(keepOld + added.size());
        for (Candles part : List.of(old, added.tail(Math.min(added.size(), keepCandles)))) {
            for (int i = 0; i < part.size(); i++) {
                merged.add(part.date(i), part.open(i), part.high(i), part.low(i), part.close(i), part.volume(i));
            }
        }
        return merged.build();
    }
}
