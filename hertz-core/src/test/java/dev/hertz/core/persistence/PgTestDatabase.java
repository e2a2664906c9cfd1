package dev.hertz.core.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database per test, created through the admin URL in {@code HERTZ_TEST_PG_URL}
 * (e.g. {@code postgresql://postgres@127.0.0.1:5432/postgres}) and dropped on close. Without the
 * variable the calling test is skipped with a visible message.
 */
final class PgTestDatabase implements AutoCloseable {

    private static final Pattern DB_PART = Pattern.compile("^(.*://[^/]*/)[^?]*(\\?.*)?$");

    private final DatabaseUrl admin;
    private final String name;
    private final String url;

    private PgTestDatabase(DatabaseUrl admin, String name, String url) {
        this.admin = admin;
        this.name = name;
        this.url = url;
    }

    static PgTestDatabase create() throws SQLException {
        String adminUrl = System.getenv("HERTZ_TEST_PG_URL");
        Assumptions.assumeTrue(adminUrl != null && !adminUrl.isBlank(), "HERTZ_TEST_PG_URL not set: skipping PostgreSQL tests");
        DatabaseUrl admin = DatabaseUrl.parse(adminUrl, Path.of("."));
        String name = "hertz_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Matcher m = DB_PART.matcher(adminUrl);
        if (!m.matches()) {
            throw new IllegalStateException("HERTZ_TEST_PG_URL must look like postgresql://user@host:port/db, got " + admin);
        }
        String url = m.group(1) + name + (m.group(2) != null ? m.group(2) : "");
        PgTestDatabase db = new PgTestDatabase(admin, name, url);
        db.adminExecute("CREATE DATABASE " + name);
        return db;
    }

    /** The db_url of the fresh database. */
    String url() {
        return url;
    }

    private void adminExecute(String sql) throws SQLException {
        Properties props = new Properties();
        if (admin.user() != null) {
            props.setProperty("user", admin.user());
        }
        if (admin.password() != null) {
            props.setProperty("password", admin.password());
        }
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), props); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
}
