package dev.hertz.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    private static final Path WORK = Path.of("/srv/bot");

    @Test
    void sqliteRelativeAbsoluteAndMemory() {
        DatabaseUrl rel = DatabaseUrl.parse("sqlite:///tradesv3.dryrun.sqlite", WORK);
        assertThat(rel.kind()).isEqualTo(DatabaseUrl.Kind.SQLITE_FILE);
        assertThat(rel.sqlitePath()).isEqualTo(Path.of("/srv/bot/tradesv3.dryrun.sqlite"));
        assertThat(rel.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/bot/tradesv3.dryrun.sqlite");
        assertThat(DatabaseUrl.parse("sqlite:///user_data/../t.sqlite", WORK).sqlitePath()).isEqualTo(Path.of("/srv/bot/t.sqlite"));
        assertThat(DatabaseUrl.parse("sqlite:////var/db/t.sqlite", WORK).sqlitePath()).isEqualTo(Path.of("/var/db/t.sqlite"));
        DatabaseUrl mem = DatabaseUrl.parse("sqlite://", WORK);
        assertThat(mem.kind()).isEqualTo(DatabaseUrl.Kind.SQLITE_MEMORY);
        assertThat(mem.jdbcUrl()).startsWith("jdbc:sqlite:file:").contains("mode=memory");
        assertThat(DatabaseUrl.parse("sqlite://", WORK).jdbcUrl()).isNotEqualTo(mem.jdbcUrl());
    }

    @Test
    void sqliteMistakesAreExplained() {
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite:///", WORK)).hasMessageContaining("please use 'sqlite://'");
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite://host/file.db", WORK)).hasMessageContaining("Invalid SQLite db_url");
        assertThatThrownBy(() -> DatabaseUrl.parse("sqlite:///a.db?mode=ro", WORK)).hasMessageContaining("query parameters");
        assertThatThrownBy(() -> DatabaseUrl.parse(" ", WORK)).hasMessageContaining("db_url is empty");
    }

    @Test
    void postgresqlSchemesCredentialsAndParameters() {
        for (String scheme : new String[] {"postgresql", "postgresql+psycopg2", "postgresql+psycopg", "postgres"}) {
            DatabaseUrl url = DatabaseUrl.parse(scheme + "://bot:s%40cret+x@db.local:5433/trades?sslmode=require", WORK);
            assertThat(url.kind()).isEqualTo(DatabaseUrl.Kind.POSTGRESQL);
            assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/trades?sslmode=require");
            assertThat(url.user()).isEqualTo("bot");
            assertThat(url.password()).isEqualTo("s@cret+x");
            assertThat(url.toString()).isEqualTo(scheme + "://bot:***@db.local:5433/trades?sslmode=require");
        }
        DatabaseUrl plain = DatabaseUrl.parse("postgresql://postgres@127.0.0.1/postgres", WORK);
        assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(plain.password()).isNull();
        assertThat(DatabaseUrl.parse("postgresql://u:p@[::1]:5432/db", WORK).jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/db");
        assertThat(DatabaseUrl.parse("postgresql:///db", WORK).jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db");
    }

    @Test
    void postgresqlMistakesAreExplainedWithoutThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:topsecret@host:5432/", WORK))
                .hasMessageContaining("names no database").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://u:topsecret@host:abc/db", WORK))
                .hasMessageContaining("invalid port 'abc'").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql+pymysql://u:topsecret@host/db", WORK))
                .hasMessageContaining("mysql+pymysql://u:***@host/db").hasMessageContaining("unsupported scheme 'mysql+pymysql'")
                .hasMessageContaining("sqlite:///").hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseUrl.parse("tradesv3.sqlite", WORK)).hasMessageContaining("no scheme");
    }
}
