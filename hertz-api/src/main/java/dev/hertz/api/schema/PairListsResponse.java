package dev.hertz.api.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.core.pairlist.PairListHandlerInfo;
import dev.hertz.core.pairlist.PairlistParameter;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /pairlists/available}: every pairlist handler with its parameters, sorted by name. */
public record PairListsResponse(List<Handler> pairlists) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Handler(String name, String description, boolean isPairlistGenerator, Map<String, Param> params) {
    }

    /** One parameter; {@code options} only for the {@code option} type. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Param(String type,
                        @JsonProperty("default") @JsonInclude(JsonInclude.Include.ALWAYS) Object defaultValue,
                        String description, String help, List<String> options) {
    }

    public static PairListsResponse of(List<PairListHandlerInfo> handlers) {
        return new PairListsResponse(handlers.stream().sorted(Comparator.comparing(PairListHandlerInfo::name))
                .map(h -> new Handler(h.name(), h.description(), h.isGenerator(), params(h.parameters()))).toList());
    }

    private static Map<String, Param> params(List<PairlistParameter> parameters) {
        Map<String, Param> out = new LinkedHashMap<>();
        for (PairlistParameter p : parameters) {
            out.put(p.name(), new Param(p.type(), p.defaultValue(), p.description(), p.help(),
                    p.type().equals("option") ? p.options() : null));
        }
        return out;
    }
}
