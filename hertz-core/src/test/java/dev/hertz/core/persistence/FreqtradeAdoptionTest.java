package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database that an older freqtrade wrote, then writing to it so freqtrade can read it back. */
class FreqtradeAdoptionTest {

    private static final Instant NOW = Instant.parse("2024-01-05T12:00:00Z");

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void createFreqtradeDatabase() throws Exception {
        file = dir.resolve("tradesv3.sqlite");
        FreqtradeFixture.createOlderDatabaseWithTrades(file);
    }

    @Test
    void adoptionAddsMissingColumnsWithFreqtradesValuesAndKeepsData() throws Exception {
        List<String> tradesBefore = SqliteFiles.query(file, "SELECT * FROM trades ORDER BY id");
        try (Database db = Database.open("sqlite:///tradesv3.sqlite", dir)) {
            assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
        }
        assertThat(SqliteFiles.query(file, "SELECT id || ' ' || coalesce(precision_mode_price, 'null') FROM trades ORDER BY id"))
                .containsExactly("1 2", "2 4", "3 4");
        assertThat(SqliteFiles.query(file, "SELECT side FROM pairlocks ORDER BY id")).containsExactly("*", "*");
        assertThat(SqliteFiles.query(file, "SELECT version || ' ' || type FROM hertz_schema_history ORDER BY installed_rank"))
                .containsExactly("0 BASELINE", "1 SQL", "2 JDBC");
        // the old columns hold exactly what they held: each old row is a prefix of the new one
        List<String> tradesAfter = SqliteFiles.query(file, "SELECT * FROM trades ORDER BY id");
        for (int i = 0; i < tradesBefore.size(); i++) {
            assertThat(tradesAfter.get(i)).startsWith(tradesBefore.get(i));
        }
        Path reference = dir.resolve("current.sqlite");
        FreqtradeFixture.createCurrentSchema(reference);
        for (String table : List.of("trades", "orders", "pairlocks", "KeyValueStore", "trade_custom_data")) {
            assertThat(SqliteFiles.columns(file, table)).as(table).isEqualTo(SqliteFiles.columns(reference, table));
        }
    }

    @Test
    void readsFreqtradesTradesFieldForField() {
        try (Database db = Database.open("sqlite:///tradesv3.sqlite", dir)) {
            TradeRepository trades = new TradeRepository(db);
            Trade closed = trades.findById(1).orElseThrow();
            assertThat(closed.exchange()).isEqualTo("binance");
            assertThat(closed.pair()).isEqualTo("ETH/BTC");
            assertThat(closed.baseCurrency()).isEqualTo("ETH");
            assertThat(closed.stakeCurrency()).isEqualTo("BTC");
            assertThat(closed.isOpen()).isFalse();
            assertThat(closed.feeOpen()).isEqualTo(0.0025);
            assertThat(closed.feeOpenCost()).isEqualTo(0.15);
            assertThat(closed.feeOpenCurrency()).isEqualTo("BTC");
            assertThat(closed.feeClose()).isEqualTo(0.0025);
            assertThat(closed.feeCloseCost()).isEqualTo(0.1575);
            assertThat(closed.feeCloseCurrency()).isEqualTo("BTC");
            assertThat(closed.openRate()).isEqualTo(2.0);
            assertThat(closed.openRateRequested()).isEqualTo(2.0);
            assertThat(closed.openTradeValue()).isEqualTo(60.15);
            assertThat(closed.closeRate()).isEqualTo(2.1);
            assertThat(closed.closeRateRequested()).isEqualTo(2.1);
            assertThat(closed.realizedProfit()).isEqualTo(2.6925);
            assertThat(closed.closeProfit()).isEqualTo(0.04476309);
            assertThat(closed.closeProfitAbs()).isEqualTo(2.6925);
            assertThat(closed.stakeAmount()).isEqualTo(60.0);
            assertThat(closed.maxStakeAmount()).isEqualTo(60.0);
            assertThat(closed.amount()).isEqualTo(30.0);
            assertThat(closed.amountRequested()).isEqualTo(30.0);
            assertThat(closed.openDate()).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
            assertThat(closed.closeDate()).isEqualTo(Instant.parse("2024-01-02T05:00:00Z"));
            assertThat(closed.stopLoss()).isEqualTo(1.8);
            assertThat(closed.stopLossPct()).isEqualTo(-0.1);
            assertThat(closed.initialStopLoss()).isEqualTo(1.8);
            assertThat(closed.initialStopLossPct()).isEqualTo(-0.1);
            assertThat(closed.isStopLossTrailing()).isFalse();
            assertThat(closed.maxRate()).isEqualTo(2.15);
            assertThat(closed.minRate()).isEqualTo(1.95);
            assertThat(closed.exitReason()).isEqualTo("roi");
            assertThat(closed.exitOrderStatus()).isNull();
            assertThat(closed.strategy()).isEqualTo("StrategyTestV3");
            assertThat(closed.enterTag()).isEqualTo("tag one");
            assertThat(closed.timeframe()).isEqualTo(5);
            assertThat(closed.tradingMode()).isEqualTo(TradingMode.SPOT);
            assertThat(closed.amountPrecision()).isEqualTo(0.001);
            assertThat(closed.pricePrecision()).isEqualTo(1e-05);
            assertThat(closed.precisionMode()).isEqualTo(2);
            assertThat(closed.precisionModePrice()).isEqualTo(2);
            assertThat(closed.contractSize()).isEqualTo(1.0);
            assertThat(closed.leverage()).isEqualTo(1.0);
            assertThat(closed.isShort()).isFalse();
            assertThat(closed.liquidationPrice()).isNull();
            assertThat(closed.interestRate()).isEqualTo(0.0);
            assertThat(closed.fundingFees()).isEqualTo(0.0);
            assertThat(closed.fundingFeeRunning()).isNull();

            assertThat(closed.orders()).extracting(Order::id).containsExactly(1L, 2L);
            Order entry = closed.orders().get(0);
            assertThat(entry.ftTradeId()).isEqualTo(1L);
            assertThat(entry.ftOrderSide()).isEqualTo("buy");
            assertThat(entry.ftPair()).isEqualTo("ETH/BTC");
            assertThat(entry.ftIsOpen()).isFalse();
            assertThat(entry.ftAmount()).isEqualTo(30.0);
            assertThat(entry.ftPrice()).isEqualTo(2.0);
            assertThat(entry.ftCancelReason()).isNull();
            assertThat(entry.orderId()).isEqualTo("dry_run_buy_ETH/BTC_1704164645.1");
            assertThat(entry.status()).isEqualTo("closed");
            assertThat(entry.symbol()).isEqualTo("ETH/BTC");
            assertThat(entry.orderType()).isEqualTo("limit");
            assertThat(entry.side()).isEqualTo("buy");
            assertThat(entry.price()).isEqualTo(2.0);
            assertThat(entry.average()).isEqualTo(2.0);
            assertThat(entry.amount()).isEqualTo(30.0);
            assertThat(entry.filled()).isEqualTo(30.0);
            assertThat(entry.remaining()).isEqualTo(0.0);
            assertThat(entry.cost()).isEqualTo(60.0);
            assertThat(entry.stopPrice()).isNull();
            assertThat(entry.orderDate()).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
            assertThat(entry.orderFilledDate()).isEqualTo(Instant.parse("2024-01-02T03:05:00Z"));
            assertThat(entry.orderUpdateDate()).isEqualTo(Instant.parse("2024-01-02T03:05:00Z"));
            assertThat(entry.fundingFee()).isEqualTo(0.0);
            assertThat(entry.ftFeeBase()).isNull();
            assertThat(entry.ftOrderTag()).isEqualTo("tag one");
            // written without fraction by some other tool: still read
            assertThat(closed.orders().get(1).orderUpdateDate()).isEqualTo(Instant.parse("2024-01-02T05:00:00Z"));
            assertThat(closed.nrOfSuccessfulEntries()).isEqualTo(1);
            assertThat(closed.nrOfSuccessfulExits()).isEqualTo(1);
            assertThat(closed.calculateProfit(2.1, NOW).profitAbs()).isEqualTo(closed.closeProfitAbs());

            Trade open = trades.openTrades().get(0);
            assertThat(open.id()).isEqualTo(2L);
            assertThat(open.openDate()).isEqualTo(Instant.parse("2024-01-03T10:00:00Z"));
            assertThat(open.tradingMode()).isEqualTo(TradingMode.FUTURES);
            assertThat(open.isShort()).isTrue();
            assertThat(open.isStopLossTrailing()).isTrue();
            assertThat(open.leverage()).isEqualTo(3.0);
            assertThat(open.liquidationPrice()).isEqualTo(53000.5);
            assertThat(open.fundingFees()).isEqualTo(-0.0123);
            assertThat(open.enterTag()).isNull();
            assertThat(open.entrySide()).isEqualTo("sell");
            assertThat(open.orders()).hasSize(2);
            assertThat(open.orders().get(0).orderFilledDate()).isEqualTo(Instant.parse("2024-01-03T10:00:30.5Z"));
            assertThat(open.hasOpenOrders()).isFalse();
            assertThat(open.dateLastFilled()).isEqualTo(Instant.parse("2024-01-03T10:00:30.5Z"));
        }
    }

    @Test
    void staleDryRunOrdersAreClosedOnOpenAsFreqtradeDoes() throws Exception {
        try (Database db = Database.open("sqlite:///tradesv3.sqlite", dir)) {
            assertThat(new TradeRepository(db).openOrders()).isEmpty();
        }
        // the open stop order of the open trade and the open exit of closed trade 3 are closed; 0/1 as SQLAlchemy stores booleans
        assertThat(SqliteFiles.query(file, "SELECT id || ' ' || ft_is_open || ' ' || typeof(ft_is_open) FROM orders ORDER BY id"))
                .containsExactly("1 0 integer", "2 0 integer", "3 0 integer", "4 0 integer", "5 0 integer");
    }

    @Test
    void locksKeyValuesAndCustomDataWrittenByFreqtradeAreRead() {
        try (Database db = Database.open("sqlite:///tradesv3.sqlite", dir)) {
            PairLockRepository locks = new PairLockRepository(db);
            assertThat(locks.all()).extracting(PairLock::pair, PairLock::side, PairLock::reason)
                    .containsExactly(tuple("ETH/BTC", "*", "Auto lock"), tuple("*", "*", "StoplossGuard"));
            assertThat(locks.activeLocks(null, NOW, "long")).extracting(PairLock::id).containsExactly(2L);
            assertThat(new KeyValueStore(db).getDatetime(KeyValueStore.BOT_START_TIME))
                    .contains(Instant.parse("2024-01-02T03:04:05.123456Z"));
            CustomDataRepository customData = new CustomDataRepository(db);
            assertThat(customData.get(2, "entry_count").orElseThrow().value()).isEqualTo(3L);
            Map<String, Object> levels = new HashMap<>();
            levels.put("a", List.of(1, 2.5));
            levels.put("b", null);
            assertThat(customData.get(2, "LEVELS").orElseThrow().value()).isEqualTo(levels);
        }
    }

    @Test
    void newTradeIsWrittenInFreqtradesFormsAndSurvivesReopening() throws Exception {
        long id;
        try (Database db = Database.open("sqlite:///tradesv3.sqlite", dir)) {
            Trade trade = new Trade();
            trade.setExchange("binance");
            trade.setPair("LTC/BTC");
            trade.setStakeCurrency("BTC");
            trade.setOpenRate(0.0025);
            trade.setAmount(40.0);
            trade.setStakeAmount(0.1);
            trade.setFeeOpen(0.001);
            trade.setFeeClose(0.001);
            trade.setOpenDate(Instant.parse("2024-01-05T11:00:00.5Z"));
            trade.setTradingMode(TradingMode.SPOT);
            trade.setPrecisionModePrice(4);
            trade.recalcOpenTradeValue();
            Order order = new Order("buy", "LTC/BTC", "dry_run_buy_LTC/BTC_1", 40.0, 0.0025, trade.openDate());
            trade.orders().add(order);
            id = new TradeRepository(db).save(trade).id();
            assertThat(id).isEqualTo(4L);
        }
        assertThat(SqliteFiles.query(file, "SELECT open_date || '|' || typeof(is_open) || is_open || '|' || is_short"
                + " || '|' || trading_mode || '|' || open_trade_value FROM trades WHERE id = 4"))
                .containsExactly("2024-01-05 11:00:00.500000|integer1|0|SPOT|0.1001");
        assertThat(SqliteFiles.query(file, "SELECT ft_trade_id || ' ' || order_date || ' ' || ft_is_open FROM orders WHERE id = 6"))
                .containsExactly("4 2024-01-05 11:00:00.500000 1");
        try (Database db = Database.open("sqlite:///tradesv3.sqlite", dir)) {
            TradeRepository trades = new TradeRepository(db);
            assertThat(trades.count(null)).isEqualTo(4);
            Trade again = trades.findById(id).orElseThrow();
            assertThat(again.openDate()).isEqualTo(Instant.parse("2024-01-05T11:00:00.5Z"));
            assertThat(again.openTradeValue()).isEqualTo(0.1001);
            assertThat(again.orders()).singleElement().extracting(Order::orderId).isEqualTo("dry_run_buy_LTC/BTC_1");
            // an open dry-run entry of an open trade is not stale
            assertThat(again.hasOpenOrders()).isTrue();
        }
        assertThat(SqliteFiles.query(file, "SELECT count(*) FROM hertz_schema_history")).containsExactly("3");
    }
}
