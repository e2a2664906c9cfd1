package dev.hertz.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads a bot's SQLite file with plain JDBC, the way an outside tool would: each call opens its own
 * connection and closes it again, so nothing of the bot's own persistence code is involved.
 */
final class SqliteRows {

    private SqliteRows() {
    }

    /** Every row of {@code sql}, columns by name in select order. */
    static List<Map<String, Object>> query(Path db, String sql, Object... args) {
        Properties props = new Properties();
        // a bot process may be writing at the same moment: wait for its lock instead of failing
        props.setProperty("busy_timeout", "10000");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), props);
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed on " + db + ": " + sql, e);
        }
    }

    /** The single number {@code sql} selects, e.g. a {@code count(*)}. */
    static long count(Path db, String sql, Object... args) {
        List<Map<String, Object>> rows = query(db, sql, args);
        Object value = rows.getFirst().values().iterator().next();
        return value == null ? 0 : ((Number) value).longValue();
    }

    static double dbl(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    static long lng(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    /** A naive-UTC {@code DATETIME} text column as freqtrade writes it. */
    static Instant time(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : LocalDateTime.parse(value.toString().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
