package dev.hertz.core.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates freqtrade's tables on a new database and adopts databases freqtrade wrote.
 *
 * <p>Flyway keeps its history in {@value #HISTORY_TABLE}, a name no freqtrade version uses (its own
 * helper tables are {@code trades_bak*}, {@code orders_bak*}, {@code pairlocks_bak*}). A database
 * with freqtrade's tables but no such history is baselined at version 0, after which migration 1
 * (idempotent {@code CREATE ... IF NOT EXISTS}) adds missing tables and indexes and migration 2
 * ({@link AdoptOlderFreqtradeColumns}) adds missing columns. All pending migrations run in one
 * transaction, so a failure leaves the schema as it was.
 */
final class SchemaMigrator {

    static final String HISTORY_TABLE = "hertz_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    static void migrate(DataSource dataSource, Dialect dialect, DatabaseUrl url) {
        Set<String> tables = tables(dataSource, dialect, url);
        if (tables.contains("trades") && !tables.contains("orders")) {
            throw new PersistenceException("Database " + url + " has a 'trades' table but no 'orders' table: it seems "
                    + "to be very old. Please update it with freqtrade 2022.3 first, or start with a fresh database.");
        }
        if (tables.contains("trades") && !tables.contains(HISTORY_TABLE)) {
            LOG.info("Adopting freqtrade database {}", url);
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrationLocation())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("freqtrade database adopted by Hertz")
                .javaMigrations(new AdoptOlderFreqtradeColumns(dialect))
                .group(true)
                .load();
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new PersistenceException("Migrating the schema of database " + url + " failed: " + e.getMessage(), e);
        }
    }

    static Set<String> tables(DataSource dataSource, Dialect dialect, DatabaseUrl url) {
        String sql = dialect == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        Set<String> names = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the tables of database " + url + ": " + e.getMessage(), e);
        }
        return names;
    }
}
