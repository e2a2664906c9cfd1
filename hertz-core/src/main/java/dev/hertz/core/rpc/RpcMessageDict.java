package dev.hertz.core.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message as freqtrade's message dict, for the interfaces whose users write templates against
 * its fields (webhook payloads, Discord embeds). The fields and their names are exactly those the
 * WebSocket sends, since both come from the records' Jackson mapping; only the values stay
 * unwritten: strings, {@link Long}/{@link Integer}, {@link Double} (NaN kept), {@link Boolean},
 * null, lists, maps, and every datetime as a {@link DateTime}, so a template can still apply a
 * {@code strftime} pattern to it.
 */
public final class RpcMessageDict {

    /**
     * A datetime field. {@code naive}: freqtrade has it without a time zone (the dates it reads
     * straight from the database, see {@link NaiveUtcDate}), so Python prints it without
     * {@code +00:00} and {@code %z} is empty.
     */
    public record DateTime(Instant instant, boolean naive) {
    }

    private static final TypeReference<LinkedHashMap<String, Object>> DICT = new TypeReference<>() {
    };

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("hertz-message-dict").addSerializer(Instant.class, new Embedded(false)))
            .handlerInstantiator(new NaiveDates())
            .build();

    private RpcMessageDict() {
    }

    /** A new, modifiable dict of {@code message}'s fields, {@code type} included, in wire order. */
    public static Map<String, Object> of(RpcMessage message) {
        return MAPPER.convertValue(message, DICT);
    }

    /** Hands the datetime through the conversion as a value instead of writing it as text. */
    private static final class Embedded extends StdSerializer<Instant> {
        private final boolean naive;

        Embedded(boolean naive) {
            super(Instant.class);
            this.naive = naive;
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeEmbeddedObject(new DateTime(value, naive));
        }
    }

    /** Fields that name {@link NaiveUtcDate} on the record get a naive {@link DateTime} instead. */
    private static final class NaiveDates extends HandlerInstantiator {
        @Override
        public JsonSerializer<?> serializerInstance(SerializationConfig config, Annotated annotated, Class<?> serClass) {
            return serClass == NaiveUtcDate.class ? new Embedded(true) : null;
        }

        @Override
        public JsonDeserializer<?> deserializerInstance(DeserializationConfig config, Annotated annotated,
                                                        Class<?> deserClass) {
            return null;
        }

        @Override
        public KeyDeserializer keyDeserializerInstance(DeserializationConfig config, Annotated annotated,
                                                       Class<?> keyDeserClass) {
            return null;
        }

        @Override
        public TypeResolverBuilder<?> typeResolverBuilderInstance(MapperConfig<?> config, Annotated annotated,
                                                                  Class<?> builderClass) {
            return null;
        }

        @Override
        public TypeIdResolver typeIdResolverInstance(MapperConfig<?> config, Annotated annotated,
                                                     Class<?> resolverClass) {
            return null;
        }
    }
}
