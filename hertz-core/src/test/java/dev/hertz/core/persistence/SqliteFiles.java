package dev.hertz.core.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads SQLite files directly, bypassing Hertz, to check what is really stored. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    /** Each row of the query as its columns joined by {@code |} (NULL shown as {@code null}). */
    static List<String> query(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** {@code name type notnull} of every column, sorted by name (column order is not part of the contract). */
    static Set<String> columns(Path file, String table) throws SQLException {
        return new TreeSet<>(query(file, "SELECT name || ' ' || type || ' ' || \"notnull\" FROM pragma_table_info('"
                + table + "')"));
    }

    /** Index names with their uniqueness and columns. */
    static Set<String> indexes(Path file, String table) throws SQLException {
        return new TreeSet<>(query(file, "SELECT il.name || ' ' || il.\"unique\" || ' ' || group_concat(ii.name, ',')"
                + " FROM pragma_index_list('" + table + "') il, pragma_index_info(il.name) ii GROUP BY il.name"));
    }

    static Set<String> tables(Path file) throws SQLException {
        return new TreeSet<>(query(file, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }
}
