package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/** {@code /locks}: the locks in force now. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Locks(int lockCount, List<LockJson> locks) {
    public Locks {
        locks = List.copyOf(locks);
    }
}
