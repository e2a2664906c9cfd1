package dev.hertz.core.pairlist;

import static dev.hertz.core.pairlist.TestChains.config;
import static dev.hertz.core.pairlist.TestChains.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.config.RunMode;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.TradeRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ShuffleFilter, PerformanceFilter, OffsetFilter and FullTradesFilter. */
class OrderingFiltersTest {

    private static final String SIX = "[\"ETH/BTC\", \"TKN/BTC\", \"TRST/BTC\", \"SWT/BTC\", \"BCC/BTC\", \"HOT/BTC\"]";
    private static final String THREE = "[\"ETH/BTC\", \"TKN/BTC\", \"LTC/BTC\"]";

    private final MutableClock clock = MutableClock.at("2021-09-01T05:01:00Z");
    private final LogCapture logs = LogCapture.of("dev.hertz.core.pairlist");
    private final FixedExchange exchange = new FixedExchange()
            .markets("ETH/BTC", "TKN/BTC", "TRST/BTC", "SWT/BTC", "BCC/BTC", "HOT/BTC", "LTC/BTC");

    @AfterEach
    void detach() {
        logs.close();
    }

    private PairListManager chain(String pairs, String filter, RunMode mode, TradeStatistics statistics) {
        return manager(exchange, clock, config(pairs, "[]", "[{\"method\": \"StaticPairList\"}, " + filter + "]", ""),
                mode, statistics);
    }

    @Test
    void seededShuffleRepeatsPythonsPermutationsOncePerCandle() {
        PairListManager plm = chain(SIX, "{\"method\": \"ShuffleFilter\", \"seed\": 43}", RunMode.BACKTEST, null);
        assertThat(logs.messages()).contains("Backtesting mode detected, applying seed value: 43");
        assertThat(plm.shortDesc().get(1).shortDesc()).isEqualTo("ShuffleFilter - Shuffling pairs every candle, seed = 43.");

        plm.refreshPairlist();
        List<String> first = List.of("HOT/BTC", "BCC/BTC", "SWT/BTC", "TKN/BTC", "TRST/BTC", "ETH/BTC");
        assertThat(plm.whitelist()).isEqualTo(first);
        clock.advance(Duration.ofMinutes(3));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).isEqualTo(first);

        clock.advance(Duration.ofMinutes(10));
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("BCC/BTC", "TKN/BTC", "TRST/BTC", "SWT/BTC", "ETH/BTC", "HOT/BTC");
    }

    @Test
    void iterationFrequencyReshufflesEveryTime() {
        PairListManager plm = chain(SIX, "{\"method\": \"ShuffleFilter\", \"seed\": 43, \"shuffle_frequency\": "
                + "\"iteration\"}", RunMode.BACKTEST, null);
        plm.refreshPairlist();
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("BCC/BTC", "TKN/BTC", "TRST/BTC", "SWT/BTC", "ETH/BTC", "HOT/BTC");
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("HOT/BTC", "TKN/BTC", "TRST/BTC", "SWT/BTC", "ETH/BTC", "BCC/BTC");
    }

    @Test
    void liveTradingIgnoresTheSeed() {
        PairListManager plm = chain(SIX, "{\"method\": \"ShuffleFilter\", \"seed\": 43}", RunMode.DRY_RUN, null);
        assertThat(logs.messages()).contains("Live mode detected, not applying seed.");
        assertThat(plm.shortDesc().get(1).shortDesc()).isEqualTo("ShuffleFilter - Shuffling pairs every candle.");
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactlyInAnyOrder("ETH/BTC", "TKN/BTC", "TRST/BTC", "SWT/BTC", "BCC/BTC",
                "HOT/BTC");
        assertThatThrownBy(() -> chain(SIX, "{\"method\": \"ShuffleFilter\", \"shuffle_frequency\": \"hourly\"}",
                RunMode.DRY_RUN, null))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("Pairlist handler ShuffleFilter (pairlists[1]): shuffle_frequency must be 'candle' or "
                        + "'iteration', got 'hourly'");
    }

    private static TradeStatistics performance(List<PairPerformance> rows) {
        return new TradeStatistics() {
            @Override
            public List<PairPerformance> overallPerformance(Instant closedSince) {
                return rows;
            }

            @Override
            public int openTradeCount() {
                return 0;
            }
        };
    }

    private List<String> sortedByPerformance(String pairs, List<PairPerformance> rows) {
        PairListManager plm = chain(pairs, "{\"method\": \"PerformanceFilter\"}", RunMode.DRY_RUN, performance(rows));
        plm.refreshPairlist();
        return plm.whitelist();
    }

    @Test
    void performanceFilterSortsByProfitThenFewerTradesThenPriorOrder() {
        assertThat(sortedByPerformance(THREE, List.of())).containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
        assertThat(sortedByPerformance("[\"ETH/BTC\", \"TKN/BTC\"]", List.of(
                new PairPerformance("TKN/BTC", 0.05, 3), new PairPerformance("ETH/BTC", 0.04, 2))))
                .containsExactly("TKN/BTC", "ETH/BTC");
        assertThat(sortedByPerformance("[\"ETH/BTC\", \"TKN/BTC\"]", List.of(
                new PairPerformance("OTHER/BTC", 0.05, 3), new PairPerformance("ETH/BTC", 0.04, 2))))
                .containsExactly("ETH/BTC", "TKN/BTC");
        assertThat(sortedByPerformance(THREE, List.of(
                new PairPerformance("ETH/BTC", -0.05, 100), new PairPerformance("TKN/BTC", 0.04, 2))))
                .containsExactly("TKN/BTC", "LTC/BTC", "ETH/BTC");
        assertThat(sortedByPerformance(THREE, List.of(new PairPerformance("LTC/BTC", -0.0501, 101),
                new PairPerformance("TKN/BTC", -0.0501, 2), new PairPerformance("ETH/BTC", -0.0501, 100))))
                .containsExactly("TKN/BTC", "ETH/BTC", "LTC/BTC");
        assertThat(sortedByPerformance(THREE, List.of(new PairPerformance("LTC/BTC", -0.0501, 1),
                new PairPerformance("TKN/BTC", -0.0501, 1), new PairPerformance("ETH/BTC", -0.0501, 1))))
                .containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
    }

    @Test
    void performanceFilterReadsTheDatabaseWithinTheLookbackWindow(@TempDir Path dir) {
        try (Database db = Database.open("sqlite:///perf.sqlite", dir)) {
            TradeRepository repo = new TradeRepository(db);
            Instant now = clock.instant();
            repo.save(StoredTrades.closed("ETH/BTC", now.minus(Duration.ofMinutes(10)), -0.02, "stop_loss", false));
            repo.save(StoredTrades.closed("TKN/BTC", now.minus(Duration.ofMinutes(30)), 0.03, "roi", false));
            repo.save(StoredTrades.closed("TKN/BTC", now.minus(Duration.ofMinutes(20)), 0.01, "roi", false));
            repo.save(StoredTrades.closed("LTC/BTC", now.minus(Duration.ofMinutes(90)), 0.5, "roi", false));
            PairListManager plm = chain(THREE, "{\"method\": \"PerformanceFilter\", \"minutes\": 60, "
                    + "\"min_profit\": -0.01}", RunMode.DRY_RUN, new RepositoryTradeStatistics(repo));
            plm.refreshPairlist();

            assertThat(plm.whitelist()).containsExactly("TKN/BTC", "LTC/BTC");
            assertThat(logs.messages()).contains("Removing pair ETH/BTC since -0.02 is below -0.01");

            clock.advance(Duration.ofHours(2));
            plm.refreshPairlist();
            assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
        }
    }

    @Test
    void performanceFilterPassesTheListOnWithoutTradeHistory() {
        PairListManager plm = chain(THREE, "{\"method\": \"PerformanceFilter\"}", RunMode.BACKTEST, null);
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");
        assertThat(logs.messages()).contains("PerformanceFilter is not available in this mode.");
    }

    @Test
    void offsetFilterSkipsAndLimits() {
        PairListManager plm = chain(SIX, "{\"method\": \"OffsetFilter\", \"offset\": 2, \"number_assets\": 2}",
                RunMode.DRY_RUN, null);
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("TRST/BTC", "SWT/BTC");
        assertThat(logs.messages()).contains("Searching 2 pairs: ['TRST/BTC', 'SWT/BTC']");
        assertThat(plm.shortDesc().get(1).shortDesc()).isEqualTo("OffsetFilter - Taking 2 Pairs, starting from 2.");

        PairListManager beyond = chain(SIX, "{\"method\": \"OffsetFilter\", \"offset\": 10}", RunMode.DRY_RUN, null);
        beyond.refreshPairlist();
        assertThat(beyond.whitelist()).isEmpty();
        assertThat(logs.messages()).contains("Offset of 10 is larger than pair count of 6");
        assertThat(beyond.shortDesc().get(1).shortDesc()).isEqualTo("OffsetFilter - Offsetting pairs by 10.");

        assertThatThrownBy(() -> chain(SIX, "{\"method\": \"OffsetFilter\", \"offset\": -1}", RunMode.DRY_RUN, null))
                .isInstanceOf(ConfigurationError.class).hasMessage("OffsetFilter requires offset to be >= 0");
    }

    @Test
    void fullTradesFilterEmptiesTheListWhileEverySlotIsTaken() {
        int[] open = {3};
        TradeStatistics statistics = new TradeStatistics() {
            @Override
            public List<PairPerformance> overallPerformance(Instant closedSince) {
                return List.of();
            }

            @Override
            public int openTradeCount() {
                return open[0];
            }
        };
        PairListManager plm = chain(THREE, "{\"method\": \"FullTradesFilter\"}", RunMode.DRY_RUN, statistics);
        plm.refreshPairlist();
        assertThat(plm.whitelist()).isEmpty();
        open[0] = 2;
        plm.refreshPairlist();
        assertThat(plm.whitelist()).containsExactly("ETH/BTC", "TKN/BTC", "LTC/BTC");

        PairListManager unlimited = manager(exchange, clock, config(THREE, "[]",
                "[{\"method\": \"StaticPairList\"}, {\"method\": \"FullTradesFilter\"}]", "{\"max_open_trades\": -1}"),
                RunMode.DRY_RUN, statistics);
        open[0] = 50;
        unlimited.refreshPairlist();
        assertThat(unlimited.whitelist()).hasSize(3);
    }
}
