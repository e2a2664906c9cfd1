-- The tables freqtrade's SQLAlchemy models create, column for column, so that freqtrade and Hertz
-- can open each other's database files. IF NOT EXISTS lets the same script complete a database
-- that freqtrade created (it is then adopted: baselined at version 0 before this script runs).
-- Defaults are not declared here because SQLAlchemy applies them client-side; Hertz does the same.
-- SQLAlchemy writes Float as FLOAT, which PostgreSQL stores as double precision.

-- SQLAlchemy stores Enum(TradingMode) in a native enum type holding the member names.
DO $$
BEGIN
	CREATE TYPE tradingmode AS ENUM ('SPOT', 'MARGIN', 'FUTURES');
EXCEPTION
	WHEN duplicate_object THEN NULL;
END
$$;

CREATE TABLE IF NOT EXISTS trades (
	id SERIAL NOT NULL,
	exchange VARCHAR(25) NOT NULL,
	pair VARCHAR(25) NOT NULL,
	base_currency VARCHAR(25),
	stake_currency VARCHAR(25),
	is_open BOOLEAN NOT NULL,
	fee_open DOUBLE PRECISION NOT NULL,
	fee_open_cost DOUBLE PRECISION,
	fee_open_currency VARCHAR(25),
	fee_close DOUBLE PRECISION NOT NULL,
	fee_close_cost DOUBLE PRECISION,
	fee_close_currency VARCHAR(25),
	open_rate DOUBLE PRECISION NOT NULL,
	open_rate_requested DOUBLE PRECISION,
	open_trade_value DOUBLE PRECISION,
	close_rate DOUBLE PRECISION,
	close_rate_requested DOUBLE PRECISION,
	realized_profit DOUBLE PRECISION,
	close_profit DOUBLE PRECISION,
	close_profit_abs DOUBLE PRECISION,
	stake_amount DOUBLE PRECISION NOT NULL,
	max_stake_amount DOUBLE PRECISION,
	amount DOUBLE PRECISION NOT NULL,
	amount_requested DOUBLE PRECISION,
	open_date TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	close_date TIMESTAMP WITHOUT TIME ZONE,
	stop_loss DOUBLE PRECISION,
	stop_loss_pct DOUBLE PRECISION,
	initial_stop_loss DOUBLE PRECISION,
	initial_stop_loss_pct DOUBLE PRECISION,
	is_stop_loss_trailing BOOLEAN NOT NULL,
	max_rate DOUBLE PRECISION,
	min_rate DOUBLE PRECISION,
	exit_reason VARCHAR(255),
	exit_order_status VARCHAR(100),
	strategy VARCHAR(100),
	enter_tag VARCHAR(255),
	timeframe INTEGER,
	trading_mode tradingmode,
	amount_precision DOUBLE PRECISION,
	price_precision DOUBLE PRECISION,
	precision_mode INTEGER,
	precision_mode_price INTEGER,
	contract_size DOUBLE PRECISION,
	leverage DOUBLE PRECISION,
	is_short BOOLEAN NOT NULL,
	liquidation_price DOUBLE PRECISION,
	interest_rate DOUBLE PRECISION NOT NULL,
	funding_fees DOUBLE PRECISION,
	funding_fee_running DOUBLE PRECISION,
	PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS ix_trades_is_open ON trades (is_open);
CREATE INDEX IF NOT EXISTS ix_trades_pair ON trades (pair);

CREATE TABLE IF NOT EXISTS orders (
	id SERIAL NOT NULL,
	ft_trade_id INTEGER NOT NULL,
	ft_order_side VARCHAR(25) NOT NULL,
	ft_pair VARCHAR(25) NOT NULL,
	ft_is_open BOOLEAN NOT NULL,
	ft_amount DOUBLE PRECISION NOT NULL,
	ft_price DOUBLE PRECISION NOT NULL,
	ft_cancel_reason VARCHAR(255),
	order_id VARCHAR(255) NOT NULL,
	status VARCHAR(255),
	symbol VARCHAR(25),
	order_type VARCHAR(50),
	side VARCHAR(25),
	price DOUBLE PRECISION,
	average DOUBLE PRECISION,
	amount DOUBLE PRECISION,
	filled DOUBLE PRECISION,
	remaining DOUBLE PRECISION,
	cost DOUBLE PRECISION,
	stop_price DOUBLE PRECISION,
	order_date TIMESTAMP WITHOUT TIME ZONE,
	order_filled_date TIMESTAMP WITHOUT TIME ZONE,
	order_update_date TIMESTAMP WITHOUT TIME ZONE,
	funding_fee DOUBLE PRECISION,
	ft_fee_base DOUBLE PRECISION,
	ft_order_tag VARCHAR(255),
	PRIMARY KEY (id),
	CONSTRAINT _order_pair_order_id UNIQUE (ft_pair, order_id),
	FOREIGN KEY(ft_trade_id) REFERENCES trades (id)
);
CREATE INDEX IF NOT EXISTS ix_orders_ft_is_open ON orders (ft_is_open);
CREATE INDEX IF NOT EXISTS ix_orders_ft_trade_id ON orders (ft_trade_id);
CREATE INDEX IF NOT EXISTS ix_orders_order_id ON orders (order_id);

CREATE TABLE IF NOT EXISTS pairlocks (
	id SERIAL NOT NULL,
	pair VARCHAR(25) NOT NULL,
	side VARCHAR(25) NOT NULL,
	reason VARCHAR(255),
	lock_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	lock_end_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	active BOOLEAN NOT NULL,
	PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS ix_pairlocks_active ON pairlocks (active);
CREATE INDEX IF NOT EXISTS ix_pairlocks_lock_end_time ON pairlocks (lock_end_time);
CREATE INDEX IF NOT EXISTS ix_pairlocks_pair ON pairlocks (pair);

CREATE TABLE IF NOT EXISTS "KeyValueStore" (
	id SERIAL NOT NULL,
	key VARCHAR(25) NOT NULL,
	value_type VARCHAR(20) NOT NULL,
	string_value VARCHAR(255),
	datetime_value TIMESTAMP WITHOUT TIME ZONE,
	float_value DOUBLE PRECISION,
	int_value INTEGER,
	PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS "ix_KeyValueStore_key" ON "KeyValueStore" (key);

CREATE TABLE IF NOT EXISTS trade_custom_data (
	id SERIAL NOT NULL,
	ft_trade_id INTEGER,
	cd_key VARCHAR(255) NOT NULL,
	cd_type VARCHAR(25) NOT NULL,
	cd_value TEXT NOT NULL,
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	updated_at TIMESTAMP WITHOUT TIME ZONE,
	PRIMARY KEY (id),
	CONSTRAINT _trade_id_cd_key UNIQUE (ft_trade_id, cd_key),
	FOREIGN KEY(ft_trade_id) REFERENCES trades (id)
);
CREATE INDEX IF NOT EXISTS ix_trade_custom_data_ft_trade_id ON trade_custom_data (ft_trade_id);
