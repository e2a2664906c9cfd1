package dev.hertz.api.ws;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.hertz.api.http.Json;

import java.io.IOException;
import java.time.Instant;

/**
 * JSON of WebSocket messages: the API's rules, except that datetimes carry {@code +00:00}
 * instead of {@code Z}, as freqtrade's WebSocket writes aware datetimes.
 */
final class WsJson {
    static final ObjectMapper MAPPER = Json.MAPPER.copy().registerModule(new SimpleModule("hertz-ws")
            .addSerializer(Instant.class, new JsonSerializer<>() {
                @Override
                public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    String iso = Json.isoZ(value);
                    gen.writeString(iso.substring(0, iso.length() - 1) + "+00:00");
                }
            }));

    private WsJson() {
    }
}
