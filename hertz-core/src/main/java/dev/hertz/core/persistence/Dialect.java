package dev.hertz.core.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jdbi.v3.core.argument.Argument;

/**
 * The few places where SQLite and PostgreSQL differ for freqtrade's tables: how date-times travel
 * (SQLite stores SQLAlchemy's text form, PostgreSQL a {@code timestamp without time zone}), boolean
 * literals, the native enum type of {@code trades.trading_mode}, and where the migrations live.
 */
public enum Dialect {
    /** SQLite through xerial sqlite-jdbc. */
    SQLITE,
    /** PostgreSQL through pgjdbc. */
    POSTGRESQL;

    /** Binds an instant (or null) as freqtrade's naive-UTC date-time. */
    Argument time(Instant instant) {
        if (instant == null) {
            return (position, statement, ctx) -> statement.setNull(position,
                    this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP);
        }
        if (this == SQLITE) {
            String text = DbTime.format(instant);
            return (position, statement, ctx) -> statement.setString(position, text);
        }
        LocalDateTime naive = DbTime.toNaiveUtc(instant);
        return (position, statement, ctx) -> statement.setObject(position, naive);
    }

    Instant readTime(ResultSet rs, String column) throws SQLException {
        return this == SQLITE ? DbTime.parse(rs.getString(column))
                : DbTime.fromNaiveUtc(rs.getObject(column, LocalDateTime.class));
    }

    /** SQL literal for a boolean: SQLAlchemy stores 0/1 in SQLite. */
    String bool(boolean value) {
        return this == SQLITE ? (value ? "1" : "0") : (value ? "true" : "false");
    }

    /** Placeholder for the trading_mode parameter; PostgreSQL needs a cast to its enum type. */
    String tradingModeParam(String name) {
        return this == SQLITE ? ":" + name : "CAST(:" + name + " AS tradingmode)";
    }

    String migrationLocation() {
        return this == SQLITE ? "classpath:db/migration/sqlite" : "classpath:db/migration/postgresql";
    }
}
