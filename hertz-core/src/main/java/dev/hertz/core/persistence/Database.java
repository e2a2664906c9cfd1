package dev.hertz.core.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open freqtrade-compatible database: a HikariCP pool with JDBI on top, schema created or
 * migrated on open, stale dry-run orders closed (as freqtrade's {@code init_db} does).
 *
 * <p>SQLite files run in WAL mode with a 10 s busy timeout and foreign keys on. Writers are
 * serialized inside the process by a lock because SQLite allows one writer at a time and a
 * transaction that upgrades from read to write fails at once instead of waiting. An in-memory
 * SQLite database lives as long as this object: a dedicated connection keeps it alive.
 *
 * <p>Thread-safe. Close it to release the pool (and, for {@code sqlite://}, the data).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] SQLITE_SIDE_FILES = {"-wal", "-shm", "-journal"};

    private final DatabaseUrl url;
    private final Dialect dialect;
    private final HikariDataSource dataSource;
    private final Connection memoryKeeper;
    private final Jdbi jdbi;
    private final ReentrantLock writeLock = new ReentrantLock();

    private Database(DatabaseUrl url, HikariDataSource dataSource, Connection memoryKeeper) {
        this.url = url;
        this.dialect = url.isSqlite() ? Dialect.SQLITE : Dialect.POSTGRESQL;
        this.dataSource = dataSource;
        this.memoryKeeper = memoryKeeper;
        this.jdbi = Jdbi.create(dataSource);
    }

    /**
     * Opens (creating if needed) the database named by a freqtrade {@code db_url}.
     *
     * @param dbUrl   e.g. {@code sqlite:///tradesv3.sqlite} or {@code postgresql://user:pw@host/db}
     * @param workDir directory that relative SQLite paths are resolved against
     * @throws PersistenceException with a user-facing message when it cannot be opened or migrated
     */
    public static Database open(String dbUrl, Path workDir) {
        return open(DatabaseUrl.parse(dbUrl, workDir));
    }

    /** Opens a database from an already parsed URL; see {@link #open(String, Path)}. */
    public static Database open(DatabaseUrl url) {
        boolean createdFile = false;
        if (url.kind() == DatabaseUrl.Kind.SQLITE_FILE) {
            createdFile = checkSqliteFile(url.sqlitePath());
        }
        Connection keeper = null;
        HikariDataSource pool = null;
        try {
            if (url.kind() == DatabaseUrl.Kind.SQLITE_MEMORY) {
                keeper = DriverManager.getConnection(url.jdbcUrl(), sqliteProperties());
            }
            pool = new HikariDataSource(poolConfig(url));
            Database db = new Database(url, pool, keeper);
            SchemaMigrator.migrate(pool, db.dialect, url);
            if (url.kind() == DatabaseUrl.Kind.SQLITE_FILE) {
                // Only now: switching to WAL rewrites the file header, which a refused file must not see.
                db.jdbi.useHandle(h -> h.execute("PRAGMA journal_mode=WAL"));
            }
            DryRunOrderCleanup.closeStaleDryRunOrders(db);
            LOG.info("Using database {}", url);
            return db;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(pool, keeper);
            if (createdFile) {
                deleteCreatedFiles(url.sqlitePath());
            }
            if (e instanceof PersistenceException pe) {
                throw pe;
            }
            throw new PersistenceException("Cannot open database " + url + ": " + PersistenceException.rootMessage(e), e);
        }
    }

    /** Checks an existing file is SQLite and the directory exists; returns true if the file is new. */
    private static boolean checkSqliteFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new PersistenceException("Database path " + path + " is a directory, not a SQLite database file");
        }
        if (!Files.exists(path)) {
            Path parent = path.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new PersistenceException("Cannot create SQLite database " + path + ": directory " + parent
                        + " does not exist");
            }
            return true;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new PersistenceException("Cannot read database file " + path + ": " + e.getMessage(), e);
        }
        // SQLite treats an empty file as an empty database; anything else must carry its header.
        if (read > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new PersistenceException("File " + path + " is not a SQLite database; refusing to open it");
        }
        return false;
    }

    private static Properties sqliteProperties() {
        Properties p = new Properties();
        p.setProperty("foreign_keys", "true");
        p.setProperty("busy_timeout", "10000");
        return p;
    }

    private static HikariConfig poolConfig(DatabaseUrl url) {
        HikariConfig cfg = new HikariConfig();
        cfg.setPoolName("hertz-db");
        cfg.setJdbcUrl(url.jdbcUrl());
        switch (url.kind()) {
            case SQLITE_FILE -> {
                cfg.setDataSourceProperties(sqliteProperties());
                cfg.setMaximumPoolSize(4);
                cfg.setMinimumIdle(1);
            }
            case SQLITE_MEMORY -> {
                // One pooled connection: shared-cache memory databases lock per table and would
                // fail concurrent readers with SQLITE_LOCKED instead of waiting.
                cfg.setDataSourceProperties(sqliteProperties());
                cfg.setMaximumPoolSize(1);
                cfg.setMinimumIdle(1);
            }
            case POSTGRESQL -> {
                if (url.user() != null) {
                    cfg.setUsername(url.user());
                }
                if (url.password() != null) {
                    cfg.setPassword(url.password());
                }
                cfg.setMaximumPoolSize(5);
                cfg.setMinimumIdle(1);
            }
        }
        return cfg;
    }

    private static void closeQuietly(HikariDataSource pool, Connection keeper) {
        if (pool != null) {
            pool.close();
        }
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                LOG.debug("Closing the in-memory keeper connection failed", e);
            }
        }
    }

    private static void deleteCreatedFiles(Path path) {
        List<Path> files = new ArrayList<>(List.of(path));
        for (String suffix : SQLITE_SIDE_FILES) {
            files.add(path.resolveSibling(path.getFileName() + suffix));
        }
        for (Path file : files) {
            try {
                // Only files SQLite could have created; never something else that happens to sit there.
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                LOG.warn("Could not remove partly created database file {}: {}", file, e.getMessage());
            }
        }
    }

    /** The URL this database was opened with ({@code toString} masks the password). */
    public DatabaseUrl url() {
        return url;
    }

    /** SQLite or PostgreSQL. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs {@code callback} in one write transaction: committed when it returns, rolled back when it
     * throws. On SQLite, write transactions of this process run one at a time. The callback must use
     * only the handle it is given, not call repositories, which would open a second transaction.
     */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        boolean serialize = dialect == Dialect.SQLITE;
        if (serialize) {
            writeLock.lock();
        }
        try {
            return jdbi.inTransaction(callback);
        } finally {
            if (serialize) {
                writeLock.unlock();
            }
        }
    }

    /** Runs read-only {@code callback} in one transaction, so related rows are read consistently. */
    public <R, X extends Exception> R readTransaction(HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(callback);
    }

    /** Closes the pool; an in-memory database is gone afterwards. */
    @Override
    public void close() {
        closeQuietly(dataSource, memoryKeeper);
    }
}
