package dev.hertz.core.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Builds SQLite files the way freqtrade (SQLAlchemy 2.0) writes them: the DDL below is SQLAlchemy's
 * CREATE TABLE output for freqtrade's models, and the rows use its value forms (DATETIME as
 * {@code YYYY-MM-DD HH:MM:SS.ffffff} text, booleans 0/1, trading_mode as the enum member name).
 */
final class FreqtradeFixture {

    static final String TRADES_DDL = """
            CREATE TABLE trades (
            	id INTEGER NOT NULL,
            	exchange VARCHAR(25) NOT NULL,
            	pair VARCHAR(25) NOT NULL,
            	base_currency VARCHAR(25),
            	stake_currency VARCHAR(25),
            	is_open BOOLEAN NOT NULL,
            	fee_open FLOAT NOT NULL,
            	fee_open_cost FLOAT,
            	fee_open_currency VARCHAR(25),
            	fee_close FLOAT NOT NULL,
            	fee_close_cost FLOAT,
            	fee_close_currency VARCHAR(25),
            	open_rate FLOAT NOT NULL,
            	open_rate_requested FLOAT,
            	open_trade_value FLOAT,
            	close_rate FLOAT,
            	close_rate_requested FLOAT,
            	realized_profit FLOAT,
            	close_profit FLOAT,
            	close_profit_abs FLOAT,
            	stake_amount FLOAT NOT NULL,
            	max_stake_amount FLOAT,
            	amount FLOAT NOT NULL,
            	amount_requested FLOAT,
            	open_date DATETIME NOT NULL,
            	close_date DATETIME,
            	stop_loss FLOAT,
            	stop_loss_pct FLOAT,
            	initial_stop_loss FLOAT,
            	initial_stop_loss_pct FLOAT,
            	is_stop_loss_trailing BOOLEAN NOT NULL,
            	max_rate FLOAT,
            	min_rate FLOAT,
            	exit_reason VARCHAR(255),
            	exit_order_status VARCHAR(100),
            	strategy VARCHAR(100),
            	enter_tag VARCHAR(255),
            	timeframe INTEGER,
            	trading_mode VARCHAR(7),
            	amount_precision FLOAT,
            	price_precision FLOAT,
            	precision_mode INTEGER,
            	precision_mode_price INTEGER,
            	contract_size FLOAT,
            	leverage FLOAT,
            	is_short BOOLEAN NOT NULL,
            	liquidation_price FLOAT,
            	interest_rate FLOAT NOT NULL,
            	funding_fees FLOAT,
            	funding_fee_running FLOAT,
            	PRIMARY KEY (id)
            )""";

    static final String ORDERS_DDL = """
            CREATE TABLE orders (
            	id INTEGER NOT NULL,
            	ft_trade_id INTEGER NOT NULL,
            	ft_order_side VARCHAR(25) NOT NULL,
            	ft_pair VARCHAR(25) NOT NULL,
            	ft_is_open BOOLEAN NOT NULL,
            	ft_amount FLOAT NOT NULL,
            	ft_price FLOAT NOT NULL,
            	ft_cancel_reason VARCHAR(255),
            	order_id VARCHAR(255) NOT NULL,
            	status VARCHAR(255),
            	symbol VARCHAR(25),
            	order_type VARCHAR(50),
            	side VARCHAR(25),
            	price FLOAT,
            	average FLOAT,
            	amount FLOAT,
            	filled FLOAT,
            	remaining FLOAT,
            	cost FLOAT,
            	stop_price FLOAT,
            	order_date DATETIME,
            	order_filled_date DATETIME,
            	order_update_date DATETIME,
            	funding_fee FLOAT,
            	ft_fee_base FLOAT,
            	ft_order_tag VARCHAR(255),
            	PRIMARY KEY (id),
            	CONSTRAINT _order_pair_order_id UNIQUE (ft_pair, order_id),
            	FOREIGN KEY(ft_trade_id) REFERENCES trades (id)
            )""";

    static final String PAIRLOCKS_DDL = """
            CREATE TABLE pairlocks (
            	id INTEGER NOT NULL,
            	pair VARCHAR(25) NOT NULL,
            	side VARCHAR(25) NOT NULL,
            	reason VARCHAR(255),
            	lock_time DATETIME NOT NULL,
            	lock_end_time DATETIME NOT NULL,
            	active BOOLEAN NOT NULL,
            	PRIMARY KEY (id)
            )""";

    static final String KEY_VALUE_DDL = """
            CREATE TABLE "KeyValueStore" (
            	id INTEGER NOT NULL,
            	"key" VARCHAR(25) NOT NULL,
            	value_type VARCHAR(20) NOT NULL,
            	string_value VARCHAR(255),
            	datetime_value DATETIME,
            	float_value FLOAT,
            	int_value INTEGER,
            	PRIMARY KEY (id)
            )""";

    static final String CUSTOM_DATA_DDL = """
            CREATE TABLE trade_custom_data (
            	id INTEGER NOT NULL,
            	ft_trade_id INTEGER,
            	cd_key VARCHAR(255) NOT NULL,
            	cd_type VARCHAR(25) NOT NULL,
            	cd_value TEXT NOT NULL,
            	created_at DATETIME NOT NULL,
            	updated_at DATETIME,
            	PRIMARY KEY (id),
            	CONSTRAINT _trade_id_cd_key UNIQUE (ft_trade_id, cd_key),
            	FOREIGN KEY(ft_trade_id) REFERENCES trades (id)
            )""";

    static final List<String> INDEXES = List.of(
            "CREATE INDEX ix_trades_is_open ON trades (is_open)",
            "CREATE INDEX ix_trades_pair ON trades (pair)",
            "CREATE INDEX ix_orders_ft_is_open ON orders (ft_is_open)",
            "CREATE INDEX ix_orders_ft_trade_id ON orders (ft_trade_id)",
            "CREATE INDEX ix_orders_order_id ON orders (order_id)",
            "CREATE INDEX ix_pairlocks_active ON pairlocks (active)",
            "CREATE INDEX ix_pairlocks_lock_end_time ON pairlocks (lock_end_time)",
            "CREATE INDEX ix_pairlocks_pair ON pairlocks (pair)",
            "CREATE INDEX \"ix_KeyValueStore_key\" ON \"KeyValueStore\" (\"key\")",
            "CREATE INDEX ix_trade_custom_data_ft_trade_id ON trade_custom_data (ft_trade_id)");

    private FreqtradeFixture() {
    }

    /** The current freqtrade schema, empty. */
    static void createCurrentSchema(Path file) throws SQLException {
        execute(file, List.of(TRADES_DDL, ORDERS_DDL, PAIRLOCKS_DDL, KEY_VALUE_DDL, CUSTOM_DATA_DDL));
        execute(file, INDEXES);
    }

    /**
     * A database from a freqtrade version before {@code trades.precision_mode_price} and
     * {@code pairlocks.side} existed, holding three trades (one open futures short, two closed spot
     * longs), their orders, two pair locks, a key-value entry and custom data.
     */
    static void createOlderDatabaseWithTrades(Path file) throws SQLException {
        execute(file, List.of(
                TRADES_DDL.replace("\tprecision_mode_price INTEGER,\n", ""),
                ORDERS_DDL,
                PAIRLOCKS_DDL.replace("\tside VARCHAR(25) NOT NULL,\n", ""),
                KEY_VALUE_DDL, CUSTOM_DATA_DDL));
        execute(file, INDEXES);
        execute(file, List.of(
                // 1: closed spot long, entry and exit filled
                "INSERT INTO trades (id, exchange, pair, base_currency, stake_currency, is_open, fee_open, fee_open_cost,"
                        + " fee_open_currency, fee_close, fee_close_cost, fee_close_currency, open_rate, open_rate_requested,"
                        + " open_trade_value, close_rate, close_rate_requested, realized_profit, close_profit, close_profit_abs,"
                        + " stake_amount, max_stake_amount, amount, amount_requested, open_date, close_date, stop_loss,"
                        + " stop_loss_pct, initial_stop_loss, initial_stop_loss_pct, is_stop_loss_trailing, max_rate, min_rate,"
                        + " exit_reason, exit_order_status, strategy, enter_tag, timeframe, trading_mode, amount_precision,"
                        + " price_precision, precision_mode, contract_size, leverage, is_short, liquidation_price,"
                        + " interest_rate, funding_fees, funding_fee_running) VALUES (1, 'binance', 'ETH/BTC', 'ETH', 'BTC', 0,"
                        + " 0.0025, 0.15, 'BTC', 0.0025, 0.1575, 'BTC', 2.0, 2.0, 60.15, 2.1, 2.1, 2.6925, 0.04476309, 2.6925,"
                        + " 60.0, 60.0, 30.0, 30.0, '2024-01-02 03:04:05.123456', '2024-01-02 05:00:00.000000', 1.8, -0.1, 1.8,"
                        + " -0.1, 0, 2.15, 1.95, 'roi', NULL, 'StrategyTestV3', 'tag one', 5, 'SPOT', 0.001, 1e-05, 2, 1.0,"
                        + " 1.0, 0, NULL, 0.0, 0.0, NULL)",
                "INSERT INTO orders VALUES (1, 1, 'buy', 'ETH/BTC', 0, 30.0, 2.0, NULL, 'dry_run_buy_ETH/BTC_1704164645.1',"
                        + " 'closed', 'ETH/BTC', 'limit', 'buy', 2.0, 2.0, 30.0, 30.0, 0.0, 60.0, NULL,"
                        + " '2024-01-02 03:04:05.123456', '2024-01-02 03:05:00.000000', '2024-01-02 03:05:00.000000',"
                        + " 0.0, NULL, 'tag one')",
                "INSERT INTO orders VALUES (2, 1, 'sell', 'ETH/BTC', 0, 30.0, 2.1, NULL, 'dry_run_sell_ETH/BTC_1704171600.0',"
                        + " 'closed', 'ETH/BTC', 'limit', 'sell', 2.1, 2.1, 30.0, 30.0, 0.0, 63.0, NULL,"
                        + " '2024-01-02 04:59:00.000000', '2024-01-02 05:00:00.000000', '2024-01-02 05:00:00', 0.0, NULL, 'roi')",
                // 2: open futures short with a filled entry and an open dry-run stop order
                "INSERT INTO trades (id, exchange, pair, base_currency, stake_currency, is_open, fee_open, fee_close,"
                        + " open_rate, open_trade_value, realized_profit, stake_amount, max_stake_amount, amount, open_date,"
                        + " stop_loss, stop_loss_pct, initial_stop_loss, initial_stop_loss_pct, is_stop_loss_trailing, max_rate,"
                        + " min_rate, strategy, enter_tag, timeframe, trading_mode, amount_precision, price_precision,"
                        + " precision_mode, contract_size, leverage, is_short, liquidation_price, interest_rate, funding_fees,"
                        + " funding_fee_running) VALUES (2, 'binance', 'BTC/USDT:USDT', 'BTC', 'USDT', 1, 0.0005, 0.0005,"
                        + " 40000.0, 1199.4, 0.0, 400.0, 1200.0, 0.03, '2024-01-03 10:00:00', 41200.0, -0.03, 41200.0, -0.03, 1,"
                        + " 40100.0, 39500.0, 'StrategyTestV3', NULL, 5, 'FUTURES', 0.001, 0.1, 4, 1.0, 3.0, 1, 53000.5, 0.0,"
                        + " -0.0123, 0.0)",
                "INSERT INTO orders (id, ft_trade_id, ft_order_side, ft_pair, ft_is_open, ft_amount, ft_price, order_id,"
                        + " status, symbol, order_type, side, price, average, amount, filled, remaining, cost, order_date,"
                        + " order_filled_date, funding_fee) VALUES (3, 2, 'sell', 'BTC/USDT:USDT', 0, 0.03, 40000.0,"
                        + " 'dry_run_sell_BTC/USDT:USDT_1704276000.0', 'closed', 'BTC/USDT:USDT', 'limit', 'sell', 40000.0,"
                        + " 40000.0, 0.03, 0.03, 0.0, 1200.0, '2024-01-03 10:00:00.000000', '2024-01-03 10:00:30.500000', 0.0)",
                "INSERT INTO orders (id, ft_trade_id, ft_order_side, ft_pair, ft_is_open, ft_amount, ft_price, order_id,"
                        + " status, symbol, order_type, side, price, amount, filled, remaining, stop_price, order_date)"
                        + " VALUES (4, 2, 'stoploss', 'BTC/USDT:USDT', 1, 0.03, 41200.0, 'dry_run_stoploss_1', 'open',"
                        + " 'BTC/USDT:USDT', 'stop_market', 'buy', NULL, 0.03, 0.0, 0.03, 41200.0,"
                        + " '2024-01-03 10:01:00.000000')",
                // 3: closed trade whose dry-run exit order was left flagged open
                "INSERT INTO trades (id, exchange, pair, is_open, fee_open, fee_close, open_rate, open_trade_value,"
                        + " stake_amount, amount, open_date, close_date, close_rate, close_profit, close_profit_abs,"
                        + " is_stop_loss_trailing, is_short, interest_rate, trading_mode, precision_mode) VALUES"
                        + " (3, 'binance', 'XRP/BTC', 0, 0.001, 0.001, 0.00001, 0.010010, 0.01, 1000.0,"
                        + " '2024-01-04 00:00:00.000000', '2024-01-04 01:00:00.000000', 0.000011, 0.0979, 0.00098, 0, 0,"
                        + " 0.0, NULL, 4)",
                "INSERT INTO orders (id, ft_trade_id, ft_order_side, ft_pair, ft_is_open, ft_amount, ft_price, order_id,"
                        + " status, order_date) VALUES (5, 3, 'sell', 'XRP/BTC', 1, 1000.0, 0.000011,"
                        + " 'dry_run_sell_XRP/BTC_1', 'open', '2024-01-04 00:59:00.000000')",
                "INSERT INTO pairlocks VALUES (1, 'ETH/BTC', 'Auto lock', '2024-01-02 05:00:00.000000',"
                        + " '2024-01-02 05:05:00.000000', 1)",
                "INSERT INTO pairlocks VALUES (2, '*', 'StoplossGuard', '2024-01-03 00:00:00.000000',"
                        + " '2099-01-01 00:00:00.000000', 1)",
                "INSERT INTO \"KeyValueStore\" VALUES (1, 'bot_start_time', 'datetime', NULL,"
                        + " '2024-01-02 03:04:05.123456', NULL, NULL)",
                "INSERT INTO trade_custom_data VALUES (1, 2, 'Entry_Count', 'int', '3', '2024-01-03 10:00:00.000000', NULL)",
                "INSERT INTO trade_custom_data VALUES (2, 2, 'levels', 'dict', '{\"a\": [1, 2.5], \"b\": null}',"
                        + " '2024-01-03 10:00:00.000000', '2024-01-03 11:00:00.000000')"));
    }

    static void execute(Path file, List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
