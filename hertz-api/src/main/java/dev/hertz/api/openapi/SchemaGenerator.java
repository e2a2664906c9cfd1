package dev.hertz.api.openapi;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * OpenAPI schemas derived from the very types the endpoints return, through Jackson's own view of
 * them (the same property names, naming strategy, unwrapping and shapes the server writes), so the
 * document cannot drift from the responses.
 */
final class SchemaGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final SerializationConfig config;
    private final Map<String, ObjectNode> components = new TreeMap<>();

    SchemaGenerator(ObjectMapper mapper) {
        this.mapper = mapper;
        this.config = mapper.getSerializationConfig();
    }

    /** Named object schemas collected so far, for {@code components.schemas}. */
    Map<String, ObjectNode> components() {
        return components;
    }

    /** The schema of {@code type}: a reference for records and beans, inline for everything else. */
    ObjectNode schema(Class<?> type) {
        return schema(mapper.constructType(type));
    }

    private ObjectNode schema(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return simple("string");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return simple("boolean");
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class) {
            return simple("integer");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || Number.class.isAssignableFrom(raw)) {
            return simple("number");
        }
        if (raw == Instant.class) {
            return simple("string").put("format", "date-time");
        }
        if (raw.isEnum()) {
            ObjectNode node = simple("string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : raw.getEnumConstants()) {
                values.add(mapper.convertValue(constant, String.class));
            }
            return node;
        }
        if (type.isArrayType() || Collection.class.isAssignableFrom(raw)) {
            ObjectNode node = simple("array");
            node.set("items", schema(type.getContentType()));
            return node;
        }
        if (Map.class.isAssignableFrom(raw)) {
            ObjectNode node = simple("object");
            JavaType value = type.getContentType();
            node.set("additionalProperties", value == null || value.getRawClass() == Object.class
                    ? NODES.objectNode() : schema(value));
            return node;
        }
        if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
            return NODES.objectNode();
        }
        return reference(type);
    }

    private ObjectNode reference(JavaType type) {
        String name = type.getRawClass().getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, NODES.objectNode());
            components.put(name, describe(type));
        }
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private ObjectNode describe(JavaType type) {
        BeanDescription bean = config.introspect(type);
        JsonFormat format = type.getRawClass().getAnnotation(JsonFormat.class);
        if (format != null && format.shape() == JsonFormat.Shape.ARRAY) {
            // written as a positional array (e.g. a /logs record)
            ObjectNode node = simple("array");
            ArrayNode items = node.putArray("prefixItems");
            for (BeanPropertyDefinition p : bean.findProperties()) {
                items.add(schema(p.getPrimaryType()).put("title", p.getName()));
            }
            return node;
        }
        ObjectNode node = simple("object");
        ObjectNode properties = node.putObject("properties");
        addProperties(bean, properties);
        return node;
    }

    private void addProperties(BeanDescription bean, ObjectNode properties) {
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            if (p.getPrimaryMember() != null && p.getPrimaryMember().hasAnnotation(JsonUnwrapped.class)) {
                addProperties(config.introspect(p.getPrimaryType()), properties);
                continue;
            }
            properties.set(p.getName(), schema(p.getPrimaryType()));
        }
    }

    private static ObjectNode simple(String type) {
        return NODES.objectNode().put("type", type);
    }
}
