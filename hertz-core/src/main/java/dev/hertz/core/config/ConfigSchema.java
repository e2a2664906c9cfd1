package dev.hertz.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration JSON Schema (draft 7, resource {@code config-schema.json}): every key Hertz
 * knows, with types, ranges, enums and defaults as freqtrade declares them.
 *
 * <p>Top-level {@code required} keys are not in the file: they depend on the run mode and are
 * added when a validator is compiled.
 */
final class ConfigSchema {

    static final String RESOURCE = "config-schema.json";

    private final ObjectNode root;
    private final Set<String> topLevelKeys = new TreeSet<>();

    ConfigSchema() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the classpath");
            }
            root = (ObjectNode) JsonTrees.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        root.get("properties").properties().forEach(property -> topLevelKeys.add(property.getKey()));
    }

    /** The schema document itself (callers must not modify it). */
    ObjectNode root() {
        return root;
    }

    /** Keys declared at the top level; anything else in a config is unknown. */
    Set<String> topLevelKeys() {
        return Collections.unmodifiableSet(topLevelKeys);
    }

    /** A validator for this schema with the given top-level keys required. */
    JsonSchema compile(Collection<String> requiredTopLevelKeys) {
        ObjectNode copy = root.deepCopy();
        ArrayNode required = copy.putArray("required");
        requiredTopLevelKeys.forEach(required::add);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(copy, config);
    }

    /**
     * Inserts every schema {@code default} for a key missing from an object that exists, then
     * descends into that object's values (including defaults just inserted, so
     * {@code telegram.notification_settings} gets its own defaults). Objects that do not exist are
     * not created: {@code unfilledtimeout.unit} appears only when {@code unfilledtimeout} is there.
     * This is what freqtrade's validator does while validating.
     */
    void insertDefaults(ObjectNode config) {
        insertDefaults(root, config);
    }

    private void insertDefaults(JsonNode schema, JsonNode instance) {
        JsonNode resolved = resolve(schema);
        if (instance instanceof ObjectNode object && resolved.get("properties") instanceof ObjectNode properties) {
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode propertySchema = resolve(property.getValue());
                if (!object.has(property.getKey()) && propertySchema.has("default")) {
                    object.set(property.getKey(), propertySchema.get("default").deepCopy());
                }
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                JsonNode value = object.get(property.getKey());
                if (value != null) {
                    insertDefaults(property.getValue(), value);
                }
            }
        }
        if (instance instanceof ArrayNode array && resolved.get("items") instanceof ObjectNode items) {
            List<JsonNode> elements = new ArrayList<>();
            array.forEach(elements::add);
            for (JsonNode element : elements) {
                insertDefaults(items, element);
            }
        }
    }

    /** Follows a local {@code $ref} ({@code #/definitions/...}); other nodes are returned as is. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = pointer(current.get("$ref").asText());
        }
        return current;
    }

    private JsonNode pointer(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalStateException("Only local $ref is supported in " + RESOURCE + ": " + ref);
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("Unresolved $ref in " + RESOURCE + ": " + ref);
        }
        return target;
    }
}
