package dev.hertz.core.protection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.pairlist.LogCapture;
import dev.hertz.core.pairlist.MutableClock;
import dev.hertz.core.pairlist.StoredTrades;
import dev.hertz.core.persistence.Database;
import dev.hertz.core.persistence.PairLockRepository;
import dev.hertz.core.persistence.TradeRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live-like setup for protection tests: trades and locks in a SQLite file, a 5m timeframe and a
 * clock at 10:00 UTC.
 */
abstract class ProtectionTestBase {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final MutableClock clock = MutableClock.at("2024-05-02T10:00:00Z");
    final LogCapture logs = LogCapture.of("dev.hertz.core.protection");
    Database db;
    TradeRepository trades;
    PairLocks locks;

    @BeforeEach
    void open() {
        db = Database.open("sqlite:///protections.sqlite", dir);
        trades = new TradeRepository(db);
        locks = new DatabasePairLocks(new PairLockRepository(db), Timeframe.parse("5m"), clock);
    }

    @AfterEach
    void close() {
        logs.close();
        db.close();
    }

    ProtectionManager manager(String protectionsJson) {
        return new ProtectionManager(configs(protectionsJson), new RepositoryTradeHistory(trades), locks, clock);
    }

    static List<JsonNode> configs(String json) {
        try {
            List<JsonNode> list = new ArrayList<>();
            JSON.readTree(json).forEach(list::add);
            return list;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Instant minutesAgo(int minutes) {
        return clock.instant().minus(Duration.ofMinutes(minutes));
    }

    /** Stores a closed trade that closed {@code minutesAgo} before now. */
    void closed(String pair, int minutesAgo, double profit, String exitReason, boolean isShort) {
        trades.save(StoredTrades.closed(pair, minutesAgo(minutesAgo), profit, exitReason, isShort));
    }
}
