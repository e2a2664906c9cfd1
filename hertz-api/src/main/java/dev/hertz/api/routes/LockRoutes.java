package dev.hertz.api.routes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Body;
import dev.hertz.api.http.Json;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.http.ValidationException;
import dev.hertz.core.rpc.Locks;
import dev.hertz.core.rpc.Rpc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pair locks: list, add, release. */
public final class LockRoutes {
    private LockRoutes() {
    }

    /** One validated element of the {@code POST /locks} body. */
    private record LockRequest(String pair, String side, Instant until, String reason) {
    }

    public static void register(RouteTable r, Rpc rpc) {
        r.get("/locks", Mode.TRADE, Locks.class, "Active pair locks", q -> rpc.locks());
        r.delete("/locks/{lockid}", Mode.TRADE, Locks.class, "Release a lock",
                q -> rpc.deleteLock(q.pathLong("lockid"), null));
        r.postJson("/locks/delete", Mode.TRADE, Locks.class, "Release a lock by id or all locks of a pair",
                q -> deleteLocks(rpc, q));
        r.postJson("/locks", Mode.TRADE, Locks.class, "Lock pairs until a time", q -> addLocks(rpc, q));
    }

    private static Locks deleteLocks(Rpc rpc, ApiRequest q) {
        Body body = q.body().requireObject();
        String pair = body.string("pair", false);
        Long lockId = body.integer("lockid", false);
        body.validate();
        return rpc.deleteLock(lockId, pair);
    }

    /** Validates every element first, so a bad element leaves no lock behind. */
    private static Locks addLocks(Rpc rpc, ApiRequest q) {
        JsonNode root = q.body().root();
        if (root == null || !root.isArray()) {
            throw new ValidationException(ValidationException.Error.of(root == null || root.isNull() ? "missing"
                    : "list_type", List.of("body"), root == null || root.isNull() ? "Field required"
                    : "Input should be a valid list", root == null ? null : Json.MAPPER.convertValue(root, Object.class)));
        }
        List<ValidationException.Error> errors = new ArrayList<>();
        List<LockRequest> requests = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            if (!item.isObject()) {
                errors.add(ValidationException.Error.of("model_attributes_type", List.of("body", i),
                        "Input should be a valid dictionary or object to extract fields from",
                        Json.MAPPER.convertValue(item, Object.class)));
                continue;
            }
            String pair = text(item, "pair", i, errors, true);
            String side = text(item, "side", i, errors, false);
            String reason = text(item, "reason", i, errors, false);
            Instant until = until(item.get("until"), i, errors);
            requests.add(new LockRequest(pair, side == null ? "*" : side, until, reason));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (LockRequest lock : requests) {
            rpc.addLock(lock.pair(), lock.until(), lock.reason(), lock.side());
        }
        return rpc.locks();
    }

    private static String text(JsonNode item, String name, int index, List<ValidationException.Error> errors,
                               boolean required) {
        JsonNode node = item.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(ValidationException.Error.of("missing", List.of("body", index, name), "Field required", null));
            }
            return null;
        }
        if (!node.isTextual()) {
            errors.add(ValidationException.Error.of("string_type", List.of("body", index, name),
                    "Input should be a valid string", Json.MAPPER.convertValue(node, Object.class)));
            return null;
        }
        return node.asText();
    }

    /**
     * A datetime with a time zone ({@code 2024-03-30 16:00:00Z}, ISO with offset) or epoch seconds;
     * a naive datetime is refused as pydantic's {@code AwareDatetime} does.
     */
    static Instant until(JsonNode node, int index, List<ValidationException.Error> errors) {
        List<Object> loc = List.of("body", index, "until");
        if (node == null || node.isNull()) {
            errors.add(ValidationException.Error.of("missing", loc, "Field required", null));
            return null;
        }
        if (node.isNumber()) {
            double v = node.asDouble();
            // pydantic reads numbers above 2e10 as milliseconds
            return Math.abs(v) > 2e10 ? Instant.ofEpochMilli((long) v) : Instant.ofEpochMilli((long) (v * 1000));
        }
        String text = node.asText().trim();
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException notAware) {
            try {
                LocalDateTime.parse(iso);
                errors.add(ValidationException.Error.of("timezone_aware", loc, "Input should have timezone info", text));
            } catch (DateTimeParseException e) {
                errors.add(new ValidationException.Error("datetime_from_date_parsing", loc,
                        "Input should be a valid datetime or date, invalid character in year", text,
                        Map.of("error", "invalid character in year")));
            }
            return null;
        }
    }
}
