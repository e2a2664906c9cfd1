package dev.hertz.core.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link RepositoryContract} on a fresh PostgreSQL database (needs {@code HERTZ_TEST_PG_URL}). */
class PostgresRepositoryTest extends RepositoryContract {

    private PgTestDatabase pg;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        pg = PgTestDatabase.create();
        db = Database.open(pg.url(), Path.of("."));
    }

    @AfterEach
    void close() throws Exception {
        if (db != null) {
            db.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    Database db() {
        return db;
    }
}
