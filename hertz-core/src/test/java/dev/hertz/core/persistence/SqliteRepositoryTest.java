package dev.hertz.core.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link RepositoryContract} on a SQLite file. */
class SqliteRepositoryTest extends RepositoryContract {

    @TempDir
    Path dir;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open("sqlite:///repo.sqlite", dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Override
    Database db() {
        return db;
    }
}
