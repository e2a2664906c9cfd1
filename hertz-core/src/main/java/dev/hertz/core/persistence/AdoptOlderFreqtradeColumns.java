package dev.hertz.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 2: brings a database written by an older freqtrade up to the current columns.
 *
 * <p>freqtrade itself migrates by renaming the tables to backups and copying the rows back; Hertz
 * instead adds each missing column in place and fills it the way freqtrade's migration would (a
 * default, or a value derived from a column that older versions had under another name). Existing
 * columns and rows are never changed. On a database Hertz created it finds nothing to do.
 */
final class AdoptOlderFreqtradeColumns implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(AdoptOlderFreqtradeColumns.class);

    /** Computes the fill value of a newly added column from the columns the table has. */
    private interface Fill {
        String expression(Set<String> columns, Dialect dialect);
    }

    private record Column(String table, String name, String sqliteType, String postgresType, Fill notNullDefault,
                          Fill fill) {
    }

    private static final String FLOAT = "FLOAT";
    private static final String INTEGER = "INTEGER";
    private static final Fill NONE = (cols, d) -> null;
    private static final Fill ZERO = (cols, d) -> "0.0";
    private static final Fill FALSE = (cols, d) -> d.bool(false);

    /** Every column freqtrade's own migration treats as possibly missing, in an order where fills only use earlier ones. */
    private static final List<Column> COLUMNS = List.of(
            col("trades", "base_currency", "VARCHAR(25)"),
            col("trades", "stake_currency", "VARCHAR(25)"),
            notNull("trades", "fee_open", FLOAT, ZERO, renamed("fee", "coalesce(fee, 0.0)")),
            col("trades", "fee_open_cost", FLOAT),
            col("trades", "fee_open_currency", "VARCHAR(25)"),
            notNull("trades", "fee_close", FLOAT, ZERO, renamed("fee", "coalesce(fee, 0.0)")),
            col("trades", "fee_close_cost", FLOAT),
            col("trades", "fee_close_currency", "VARCHAR(25)"),
            col("trades", "open_rate_requested", FLOAT),
            col("trades", "close_rate_requested", FLOAT),
            filled("trades", "stop_loss", FLOAT, ZERO),
            col("trades", "stop_loss_pct", FLOAT),
            filled("trades", "initial_stop_loss", FLOAT, ZERO),
            col("trades", "initial_stop_loss_pct", FLOAT),
            notNull("trades", "is_stop_loss_trailing", "BOOLEAN", FALSE,
                    (cols, d) -> "coalesce(stop_loss_pct, 0.0) <> coalesce(initial_stop_loss_pct, 0.0)"),
            filled("trades", "max_rate", FLOAT, ZERO),
            col("trades", "min_rate", FLOAT),
            filled("trades", "exit_reason", "VARCHAR(255)", renamed("sell_reason",
                    "CASE WHEN sell_reason = 'sell_signal' THEN 'exit_signal'"
                            + " WHEN sell_reason = 'custom_sell' THEN 'custom_exit'"
                            + " WHEN sell_reason = 'force_sell' THEN 'force_exit'"
                            + " WHEN sell_reason = 'emergency_sell' THEN 'emergency_exit'"
                            + " ELSE sell_reason END")),
            filled("trades", "exit_order_status", "VARCHAR(100)", renamed("sell_order_status", "sell_order_status")),
            col("trades", "strategy", "VARCHAR(100)"),
            filled("trades", "enter_tag", "VARCHAR(255)", renamed("buy_tag", "buy_tag")),
            filled("trades", "timeframe", INTEGER, renamed("ticker_interval", "ticker_interval")),
            filled("trades", "open_trade_value", FLOAT, (cols, d) -> "amount * open_rate * (1 + fee_open)"),
            filled("trades", "close_profit_abs", FLOAT,
                    (cols, d) -> "(amount * close_rate * (1 - fee_close)) - open_trade_value"),
            filled("trades", "realized_profit", FLOAT, ZERO),
            filled("trades", "amount_requested", FLOAT, (cols, d) -> "amount"),
            filled("trades", "max_stake_amount", FLOAT, (cols, d) -> "stake_amount"),
            new Column("trades", "trading_mode", "VARCHAR(7)", "tradingmode", NONE, NONE),
            filled("trades", "leverage", FLOAT, (cols, d) -> "1.0"),
            filled("trades", "liquidation_price", FLOAT, renamed("isolated_liq", "isolated_liq")),
            notNull("trades", "is_short", "BOOLEAN", FALSE, NONE),
            notNull("trades", "interest_rate", FLOAT, ZERO, NONE),
            filled("trades", "funding_fees", FLOAT, ZERO),
            col("trades", "funding_fee_running", FLOAT),
            col("trades", "amount_precision", FLOAT),
            col("trades", "price_precision", FLOAT),
            col("trades", "precision_mode", INTEGER),
            filled("trades", "precision_mode_price", INTEGER, (cols, d) -> "precision_mode"),
            col("trades", "contract_size", FLOAT),
            notNull("orders", "ft_amount", FLOAT, ZERO, (cols, d) -> "coalesce(amount, 0.0)"),
            notNull("orders", "ft_price", FLOAT, ZERO, (cols, d) -> "coalesce(price, 0.0)"),
            col("orders", "ft_cancel_reason", "VARCHAR(255)"),
            col("orders", "average", FLOAT),
            col("orders", "stop_price", FLOAT),
            new Column("orders", "order_filled_date", "DATETIME", "TIMESTAMP WITHOUT TIME ZONE", NONE, NONE),
            new Column("orders", "order_update_date", "DATETIME", "TIMESTAMP WITHOUT TIME ZONE", NONE, NONE),
            filled("orders", "funding_fee", FLOAT, ZERO),
            col("orders", "ft_fee_base", FLOAT),
            col("orders", "ft_order_tag", "VARCHAR(255)"),
            notNull("pairlocks", "side", "VARCHAR(25)", (cols, d) -> "'*'", NONE));

    private final Dialect dialect;

    AdoptOlderFreqtradeColumns(Dialect dialect) {
        this.dialect = dialect;
    }

    private static Column col(String table, String name, String type) {
        return filled(table, name, type, NONE);
    }

    private static Column filled(String table, String name, String type, Fill fill) {
        return new Column(table, name, type, type.equals(FLOAT) ? "DOUBLE PRECISION" : type, NONE, fill);
    }

    private static Column notNull(String table, String name, String type, Fill defaultValue, Fill fill) {
        return new Column(table, name, type, type.equals(FLOAT) ? "DOUBLE PRECISION" : type, defaultValue, fill);
    }

    /** Fill from a column that older freqtrade versions had under another name, if present. */
    private static Fill renamed(String oldColumn, String expression) {
        return (cols, d) -> cols.contains(oldColumn) ? expression : null;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "add columns missing from older freqtrade databases";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String currentTable = null;
        Set<String> existing = Set.of();
        for (Column column : COLUMNS) {
            if (!column.table().equals(currentTable)) {
                currentTable = column.table();
                existing = columns(connection, currentTable);
            }
            if (!existing.contains(column.name())) {
                addColumn(connection, column, existing);
                existing.add(column.name());
            }
        }
    }

    private void addColumn(Connection connection, Column column, Set<String> existing) throws SQLException {
        String type = dialect == Dialect.SQLITE ? column.sqliteType() : column.postgresType();
        String defaultValue = column.notNullDefault().expression(existing, dialect);
        String fill = column.fill().expression(existing, dialect);
        try (Statement st = connection.createStatement()) {
            st.execute("ALTER TABLE " + column.table() + " ADD COLUMN " + column.name() + " " + type
                    + (defaultValue != null ? " NOT NULL DEFAULT " + defaultValue : ""));
            if (defaultValue != null && dialect == Dialect.POSTGRESQL) {
                // freqtrade's schema declares no server defaults; keep PostgreSQL's identical to it.
                st.execute("ALTER TABLE " + column.table() + " ALTER COLUMN " + column.name() + " DROP DEFAULT");
            }
            if (fill != null) {
                st.executeUpdate("UPDATE " + column.table() + " SET " + column.name() + " = " + fill);
            }
        }
        LOG.info("Added column {}.{} missing from the older freqtrade database", column.table(), column.name());
    }

    static Set<String> columns(Connection connection, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite")) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                while (rs.next()) {
                    names.add(rs.getString("name").toLowerCase(Locale.ROOT));
                }
            }
        } else {
            try (PreparedStatement ps = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }
}
