package dev.hertz.core.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of {@link Configuration#load()}.
 *
 * @param originalConfig files and environment merged, before any command-line option: what
 *        {@code show-config} prints (redact it with {@link Secrets#redact})
 * @param config the final tree: command line applied, deprecated keys migrated, schema defaults
 *        inserted, validated, directories resolved
 * @param runMode the mode the configuration was checked for
 * @param warnings things the user should know (deprecated keys, unknown keys)
 */
public record LoadedConfig(ObjectNode originalConfig, ObjectNode config, RunMode runMode, List<String> warnings) {

    public LoadedConfig {
        originalConfig = originalConfig.deepCopy();
        config = config.deepCopy();
        warnings = List.copyOf(warnings);
    }

    /** A copy of the merged file and environment configuration. */
    @Override
    public ObjectNode originalConfig() {
        return originalConfig.deepCopy();
    }

    /** A copy of the final configuration tree. */
    @Override
    public ObjectNode config() {
        return config.deepCopy();
    }

    /** The typed view of the final tree. */
    public HertzConfig typed() {
        return HertzConfig.from(config);
    }
}
