package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** PostgreSQL types as SQLAlchemy creates them, and adoption of a freqtrade-written PostgreSQL database. */
class PostgresSchemaTest {

    private static final String COLUMNS_SQL = "SELECT table_name || '.' || column_name || ' ' || data_type || ' '"
            + " || coalesce(character_maximum_length::text, '-') || ' ' || is_nullable || ' ' || udt_name"
            + " FROM information_schema.columns WHERE table_schema = current_schema()"
            + " AND table_name IN ('trades', 'orders', 'pairlocks', 'KeyValueStore', 'trade_custom_data') ORDER BY 1";

    private static List<String> query(Database db, String sql) {
        return db.readTransaction(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @Test
    void freshDatabaseUsesSqlalchemysPostgresqlTypes() throws Exception {
        try (PgTestDatabase pg = PgTestDatabase.create(); Database db = Database.open(pg.url(), Path.of("."))) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(query(db, COLUMNS_SQL)).contains(
                    "trades.open_date timestamp without time zone - NO timestamp",
                    "trades.close_date timestamp without time zone - YES timestamp",
                    "trades.fee_open double precision - NO float8",
                    "trades.is_open boolean - NO bool",
                    "trades.pair character varying 25 NO varchar",
                    "trades.exit_reason character varying 255 YES varchar",
                    "trades.trading_mode USER-DEFINED - YES tradingmode",
                    "trades.timeframe integer - YES int4",
                    "orders.ft_trade_id integer - NO int4",
                    "KeyValueStore.key character varying 25 NO varchar",
                    "trade_custom_data.cd_value text - NO text");
            assertThat(query(db, "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum"
                    + " JOIN pg_type ON pg_type.oid = enumtypid WHERE typname = 'tradingmode'")).containsExactly("SPOT,MARGIN,FUTURES");
            assertThat(query(db, "SELECT conname FROM pg_constraint WHERE contype = 'u' AND connamespace = current_schema()::regnamespace ORDER BY 1"))
                    .containsExactly("_order_pair_order_id", "_trade_id_cd_key");
            assertThat(query(db, "SELECT pg_get_serial_sequence('\"KeyValueStore\"', 'id')"))
                    .containsExactly("public.\"KeyValueStore_id_seq\"");
        }
    }

    @Test
    void olderFreqtradeDatabaseIsAdopted() throws Exception {
        try (PgTestDatabase fresh = PgTestDatabase.create(); PgTestDatabase old = PgTestDatabase.create()) {
            List<String> expectedColumns;
            try (Database db = Database.open(fresh.url(), Path.of("."))) {
                expectedColumns = query(db, COLUMNS_SQL);
            }
            createOlderFreqtradeSchema(old);
            try (Database db = Database.open(old.url(), Path.of("."))) {
                assertThat(query(db, COLUMNS_SQL)).isEqualTo(expectedColumns);
                Trade trade = new TradeRepository(db).findById(1).orElseThrow();
                assertThat(trade.precisionModePrice()).isEqualTo(4);
                assertThat(trade.tradingMode()).isEqualTo(TradingMode.FUTURES);
                assertThat(trade.orders()).extracting(Order::orderId).containsExactly("o1");
                assertThat(new PairLockRepository(db).all()).extracting(PairLock::side).containsExactly("*");
                assertThat(query(db, "SELECT version FROM hertz_schema_history ORDER BY installed_rank"))
                        .containsExactly("0", "1", "2");
                // the sequences freqtrade created keep counting
                assertThat(new TradeRepository(db).save(TestTrades.spot("ETH/BTC", RepositoryContract.T0)).id()).isEqualTo(2L);
            }
        }
    }

    /** freqtrade's DDL as SQLAlchemy emits it for PostgreSQL, before precision_mode_price and pairlocks.side. */
    private static void createOlderFreqtradeSchema(PgTestDatabase pg) throws Exception {
        List<String> ddl = List.of(FreqtradeFixture.TRADES_DDL.replace("\tprecision_mode_price INTEGER,\n", ""),
                FreqtradeFixture.ORDERS_DDL, FreqtradeFixture.PAIRLOCKS_DDL.replace("\tside VARCHAR(25) NOT NULL,\n", ""),
                FreqtradeFixture.KEY_VALUE_DDL.replace("\"key\"", "key"), FreqtradeFixture.CUSTOM_DATA_DDL);
        DatabaseUrl url = DatabaseUrl.parse(pg.url(), Path.of("."));
        Properties props = new Properties();
        props.setProperty("user", url.user());
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        try (Connection c = DriverManager.getConnection(url.jdbcUrl(), props); Statement st = c.createStatement()) {
            st.execute("CREATE TYPE tradingmode AS ENUM ('SPOT', 'MARGIN', 'FUTURES')");
            for (String sql : ddl) {
                st.execute(sql.replace("(\n\tid INTEGER NOT NULL", "(\n\tid SERIAL NOT NULL")
                        .replace("DATETIME", "TIMESTAMP WITHOUT TIME ZONE")
                        .replace("trading_mode VARCHAR(7)", "trading_mode tradingmode"));
            }
            for (String index : FreqtradeFixture.INDEXES) {
                st.execute(index.replace("(\"key\")", "(key)"));
            }
            st.execute("INSERT INTO trades (exchange, pair, is_open, fee_open, fee_close, open_rate, stake_amount, amount,"
                    + " open_date, is_stop_loss_trailing, trading_mode, precision_mode, is_short, interest_rate) VALUES"
                    + " ('binance', 'BTC/USDT:USDT', true, 0.0005, 0.0005, 40000.0, 400.0, 0.01, '2024-01-03 10:00:00',"
                    + " false, 'FUTURES', 4, false, 0.0)");
            st.execute("INSERT INTO orders (ft_trade_id, ft_order_side, ft_pair, ft_is_open, ft_amount, ft_price, order_id)"
                    + " VALUES (1, 'buy', 'BTC/USDT:USDT', false, 0.01, 40000.0, 'o1')");
            st.execute("INSERT INTO pairlocks (pair, reason, lock_time, lock_end_time, active) VALUES"
                    + " ('ETH/BTC', 'x', '2024-01-01 00:00:00', '2024-01-01 01:00:00', true)");
        }
    }
}
