package dev.hertz.api.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The API's one JSON mapper, with freqtrade's encoding rules: NaN and infinities are written as
 * {@code null} (orjson does so, and JavaScript's JSON.parse rejects the bare tokens), and
 * datetimes as ISO-8601 with a {@code Z} and microseconds only when non-zero.
 */
public final class Json {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public static final ObjectMapper MAPPER = create();

    private Json() {
    }

    private static ObjectMapper create() {
        SimpleModule module = new SimpleModule("hertz-api");
        JsonSerializer<Double> finiteOrNull = new JsonSerializer<>() {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (Double.isFinite(value)) {
                    gen.writeNumber(value);
                } else {
                    gen.writeNull();
                }
            }
        };
        module.addSerializer(Double.class, finiteOrNull);
        module.addSerializer(double.class, finiteOrNull);
        module.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(isoZ(value));
            }
        });
        return JsonMapper.builder()
                .addModule(module)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** {@code 2024-10-24T09:29:03.123456Z}; the fraction only when the microseconds are non-zero. */
    public static String isoZ(Instant at) {
        int micros = at.getNano() / 1000;
        String base = SECONDS.format(at);
        return micros == 0 ? base + "Z" : base + String.format(".%06dZ", micros);
    }
}
