package dev.hertz.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repository behaviour every supported database must show; subclasses provide the database. */
abstract class RepositoryContract {

    static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    /** The database under test, fresh for each test. */
    abstract Database db();

    @Test
    void everyFieldSurvivesARoundTrip() {
        TradeRepository trades = new TradeRepository(db());
        Trade trade = TestTrades.everyField();
        trades.save(trade);
        assertThat(trade.id()).isNotNull();
        assertThat(trade.orders()).allSatisfy(o -> assertThat(o.ftTradeId()).isEqualTo(trade.id()));
        TestTrades.assertSameTrade(trades.findById(trade.id()).orElseThrow(), trade);
    }

    @Test
    void saveUpdatesExistingRowsAndDeletesRemovedOrders() {
        TradeRepository trades = new TradeRepository(db());
        Trade trade = TestTrades.everyField();
        trades.save(trade);
        long exitId = trade.orders().get(1).id();
        trade.orders().remove(1);
        trade.orders().get(0).setStatus("canceled");
        trade.setExitReason("x".repeat(300));
        trade.setOpen(true);
        trade.setCloseDate(null);
        trade.orders().add(new Order("buy", trade.pair(), "okx-3", 0.03, 39500.0, T0));
        trades.save(trade);

        Trade again = trades.findById(trade.id()).orElseThrow();
        TestTrades.assertSameTrade(again, trade);
        assertThat(again.exitReason()).hasSize(255);
        assertThat(again.orders()).extracting(Order::orderId).containsExactly("okx-1", "okx-3");
        assertThat(again.orders()).extracting(Order::id).doesNotContain(exitId);
        assertThat(trades.count(null)).isEqualTo(1);
    }

    @Test
    void failedSaveWritesNothingAndAssignsNoIds() {
        TradeRepository trades = new TradeRepository(db());
        Trade trade = TestTrades.spot("ETH/BTC", T0);
        trade.orders().add(new Order("buy", "ETH/BTC", "same-id", 30.0, 2.0, T0));
        trade.orders().add(new Order("sell", "ETH/BTC", "same-id", 30.0, 2.1, T0));
        assertThatThrownBy(() -> trades.save(trade)).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("Saving trade (new) ETH/BTC failed, nothing was written")
                .hasMessageMatching("(?s).*(UNIQUE constraint failed: orders.ft_pair, orders.order_id|_order_pair_order_id).*");
        assertThat(trades.count(null)).isZero();
        assertThat(trades.openOrders()).isEmpty();
        assertThat(trade.id()).isNull();
        assertThat(trade.orders()).allSatisfy(o -> assertThat(o.id()).isNull());
    }

    @Test
    void openAndClosedTradesArePagedByIdAndCounted() {
        TradeRepository trades = new TradeRepository(db());
        for (int i = 0; i < 5; i++) {
            Trade t = TestTrades.spot(i % 2 == 0 ? "ETH/BTC" : "LTC/BTC", T0.plusSeconds(3600L * (5 - i)));
            t.setOpen(i >= 3);
            if (i < 3) {
                t.setCloseDate(T0.plusSeconds(86_400));
            }
            trades.save(t);
        }
        assertThat(trades.count(null)).isEqualTo(5);
        assertThat(trades.count(true)).isEqualTo(2);
        assertThat(trades.count(false)).isEqualTo(3);
        assertThat(trades.closedTrades(2, 0)).extracting(Trade::id).containsExactly(1L, 2L);
        assertThat(trades.closedTrades(2, 2)).extracting(Trade::id).containsExactly(3L);
        assertThat(trades.openTrades()).extracting(Trade::id).containsExactly(4L, 5L);
        assertThat(trades.openTrades("LTC/BTC")).extracting(Trade::id).containsExactly(4L);
        assertThat(trades.firstOpenDate()).contains(T0.plusSeconds(3600));
        assertThatThrownBy(() -> trades.closedTrades(-1, 0)).hasMessageContaining("limit=-1");
    }

    @Test
    void deletingATradeRemovesItsOrdersAndCustomData() {
        TradeRepository trades = new TradeRepository(db());
        CustomDataRepository customData = new CustomDataRepository(db());
        Trade keep = trades.save(TestTrades.spot("LTC/BTC", T0));
        Trade trade = TestTrades.everyField();
        trades.save(trade);
        customData.set(trade.id(), "k", 1, T0);
        customData.set(keep.id(), "k", 2, T0);

        assertThat(trades.delete(trade.id())).isTrue();
        assertThat(trades.delete(trade.id())).isFalse();
        assertThat(trades.findById(trade.id())).isEmpty();
        assertThat(customData.all(trade.id())).isEmpty();
        assertThat(customData.get(keep.id(), "k")).map(CustomData::value).contains(2L);
        long orders = db().readTransaction(h -> h.createQuery("SELECT count(*) FROM orders").mapTo(Long.class).one());
        assertThat(orders).isZero();
    }

    @Test
    void pairLocksFollowFreqtradesSideAndTimeRules() {
        PairLockRepository locks = new PairLockRepository(db());
        Instant end = T0.plusSeconds(300);
        PairLock both = locks.add(PairLock.of("ETH/BTC", "*", "Auto lock", T0, end));
        PairLock longOnly = locks.add(PairLock.of("ETH/BTC", "long", "guard", T0, end));
        locks.add(PairLock.of("XRP/BTC", "short", "guard", T0, end));
        assertThat(both.id()).isNotNull();

        assertThat(locks.activeLocks("ETH/BTC", T0, "*")).extracting(PairLock::id).containsExactly(both.id());
        assertThat(locks.activeLocks("ETH/BTC", T0, "long")).extracting(PairLock::id).containsExactly(both.id(), longOnly.id());
        assertThat(locks.activeLocks("ETH/BTC", T0, "short")).extracting(PairLock::id).containsExactly(both.id());
        assertThat(locks.activeLocks(null, T0, "short")).hasSize(2);
        // lock_end_time > now, strictly
        assertThat(locks.activeLocks("ETH/BTC", end.minusNanos(1000), "long")).hasSize(2);
        assertThat(locks.activeLocks("ETH/BTC", end, "long")).isEmpty();

        assertThat(locks.unlockPair("ETH/BTC", T0, "*")).isEqualTo(1);
        assertThat(locks.activeLocks("ETH/BTC", T0, "long")).extracting(PairLock::id).containsExactly(longOnly.id());
        assertThat(locks.unlockReason("guard", T0)).isEqualTo(2);
        assertThat(locks.activeLocks(null, T0, "long")).isEmpty();
        assertThat(locks.all()).hasSize(3).noneMatch(PairLock::active);
        assertThat(locks.unlockById(longOnly.id())).isTrue();
        assertThat(locks.unlockById(9999)).isFalse();
    }

    @Test
    void keyValueStoreKeepsOneTypedValuePerKey() {
        KeyValueStore store = new KeyValueStore(db());
        store.setString("mode", "dry");
        store.setFloat("ratio", 0.25);
        store.setInt("count", 42);
        store.setDatetime("when", T0.plusNanos(123_456_789));
        assertThat(store.getString("mode")).contains("dry");
        assertThat(store.getFloat("ratio")).contains(0.25);
        assertThat(store.getInt("count")).contains(42L);
        assertThat(store.getDatetime("when")).contains(T0.plusNanos(123_456_000));
        assertThat(store.getInt("mode")).isEmpty();

        store.setInt("mode", 7);
        assertThat(store.get("mode")).contains(new KeyValue("mode", KeyValue.ValueType.INT, 7L));
        assertThat(store.all()).hasSize(4);
        assertThat(store.delete("mode")).isTrue();
        assertThat(store.get("mode")).isEmpty();
        assertThatThrownBy(() -> store.setString("k".repeat(26), "x")).hasMessageContaining("1 to 25 characters");
    }

    @Test
    void startupTimesAreRecordedAsFreqtradeDoes() {
        KeyValueStore store = new KeyValueStore(db());
        TradeRepository trades = new TradeRepository(db());
        trades.save(TestTrades.spot("ETH/BTC", T0.minusSeconds(7200)));
        store.recordStartup(T0, trades);
        store.recordStartup(T0.plusSeconds(60), trades);
        assertThat(store.getDatetime(KeyValueStore.BOT_START_TIME)).contains(T0.minusSeconds(7200));
        assertThat(store.getDatetime(KeyValueStore.STARTUP_TIME)).contains(T0.plusSeconds(60));
    }

    @Test
    void customDataStoresPythonTypesAndMatchesKeysIgnoringCase() {
        long tradeId = new TradeRepository(db()).save(TestTrades.spot("ETH/BTC", T0)).id();
        CustomDataRepository data = new CustomDataRepository(db());
        data.set(tradeId, "Flag", true, T0);
        data.set(tradeId, "ratio", 1e-05, T0);
        data.set(tradeId, "n", 3, T0);
        data.set(tradeId, "name", "x", T0);
        data.set(tradeId, "levels", Map.of("a", List.of(1, 2)), T0);

        assertThat(data.all(tradeId)).extracting(CustomData::cdType, CustomData::cdValue)
                .containsExactly(tuple("bool", "True"),
                        tuple("float", "1e-05"),
                        tuple("int", "3"),
                        tuple("str", "x"),
                        tuple("dict", "{\"a\":[1,2]}"));
        assertThat(data.get(tradeId, "FLAG").orElseThrow().value()).isEqualTo(true);
        assertThat(data.get(tradeId, "ratio").orElseThrow().value()).isEqualTo(1e-05);

        CustomData updated = data.set(tradeId, "flag", false, T0.plusSeconds(5));
        assertThat(updated.key()).isEqualTo("Flag");
        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(data.get(tradeId, "flag").orElseThrow())
                .extracting(CustomData::value, CustomData::updatedAt).containsExactly(false, T0.plusSeconds(5));
        assertThat(data.all(tradeId)).hasSize(5);
    }
}
