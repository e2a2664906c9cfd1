package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.optimize.results.ResultFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an epoch's parameters as the strategy's parameter file {@code <Strategy>.json}, the
 * format core's {@code ParameterFile} reads: {@code {"strategy_name", "params": {"buy", "sell",
 * "protection", "roi", "stoploss", "trailing", "max_open_trades"}, "ft_stratparam_v": 1,
 * "export_time"}}, the optimised values laid over the ones that were not optimised.
 */
public final class ParameterExport {
    private static final Logger LOG = LoggerFactory.getLogger(ParameterExport.class);
    /** Python's {@code str(datetime)} of an aware UTC time, which freqtrade's serializer writes. */
    private static final DateTimeFormatter EXPORT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ParameterExport() {
    }

    /** The file's content for {@code epoch}. */
    public static ObjectNode content(Epoch epoch, String strategyName, Instant exportTime) {
        ObjectNode params = epoch.paramsNotOptimized().deepCopy();
        merge(params, epoch.paramsDetails());
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("strategy_name", strategyName);
        file.set("params", params);
        file.put("ft_stratparam_v", 1);
        file.put("export_time", EXPORT_TIME.format(exportTime));
        return file;
    }

    /** Writes the parameter file, replacing an existing one. */
    public static void write(Path file, Epoch epoch, String strategyName, Instant exportTime) {
        LOG.info("Dumping parameters to {}", file);
        try {
            Files.writeString(file, MAPPER.writeValueAsString(content(epoch, strategyName, exportTime)) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not write parameter file " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** freqtrade's {@code deep_merge_dicts(source, destination)}: {@code source} wins, objects merge. */
    private static void merge(ObjectNode destination, ObjectNode source) {
        source.properties().forEach(e -> {
            JsonNode existing = destination.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue() instanceof ObjectNode from) {
                merge(target, from);
            } else {
                destination.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }
}
