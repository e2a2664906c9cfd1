package dev.hertz.bench.api;

import dev.hertz.bench.BenchBot;
import dev.hertz.bench.BenchMarkets;
import dev.hertz.core.exchange.sim.SimMarketSpec;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.persistence.TradeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's trade database holds what it claims: the counts, the orders and closed trades' profits. */
class TradeDbTest {

    @Test
    void writesOpenTradesWithOneEntryAndClosedTradesWithEntryAndExit(@TempDir Path dir) {
        List<SimMarketSpec> markets = BenchMarkets.specs(7);
        Path file = dir.resolve("trades.sqlite");

        TradeDb.Counts counts = TradeDb.write(file, markets, 12, 50, 42);

        assertThat(counts).isEqualTo(new TradeDb.Counts(12, 50));
        try (Database db = Database.open("sqlite:///" + file, dir)) {
            TradeRepository repo = new TradeRepository(db);
            List<Trade> open = repo.openTrades();
            List<Trade> closed = repo.closedTrades(1000, 0);
            assertThat(open).hasSize(12);
            assertThat(closed).hasSize(50);
            assertThat(open).allSatisfy(t -> {
                assertThat(t.orders()).hasSize(1);
                assertThat(t.nrOfSuccessfulEntries()).isEqualTo(1);
                assertThat(t.amount()).isPositive().isEqualTo(t.orders().get(0).filled());
                assertThat(t.stopLoss()).isPositive().isLessThan(t.openRate());
                assertThat(t.openDate()).isBefore(BenchBot.START);
            });
            assertThat(closed).allSatisfy(t -> {
                assertThat(t.orders()).extracting(Order::ftOrderSide).containsExactly("buy", "sell");
                assertThat(t.orders()).allMatch(Order::isFilledAndClosed);
                assertThat(t.closeRate()).isEqualTo(t.orders().get(1).price());
                assertThat(t.closeProfit()).isNotNull().isNotZero();
                assertThat(t.closeProfitAbs()).isNotNull();
                assertThat(t.exitOrderStatus()).isEqualTo("closed");
                assertThat(t.closeDate()).isAfter(t.openDate()).isBefore(BenchBot.START);
            });
            // closed trades are the older ones: ids run on from them to the open trades
            assertThat(closed.get(closed.size() - 1).id()).isLessThan(open.get(0).id());
            assertThat(open.stream().map(Trade::pair).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(markets.stream().map(SimMarketSpec::symbol).toList());
        }
    }

    @Test
    void refusesToWriteIntoAnExistingDatabase(@TempDir Path dir) {
        Path file = dir.resolve("trades.sqlite");
        TradeDb.write(file, BenchMarkets.specs(2), 1, 1, 1);

        assertThatThrownBy(() -> TradeDb.write(file, BenchMarkets.specs(2), 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("existing database " + file);
    }
}
