package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.util.PythonFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * freqtrade's {@code show_epoch_details}: the header line of an epoch, then its parameters per
 * space as Python a user pastes into a strategy ({@code buy_params = {...}}, {@code minimal_roi},
 * {@code stoploss = ...}), or with {@code --print-json} one JSON object of them. Values that were
 * not optimised are marked {@code # value loaded from strategy}.
 */
public final class EpochDetails {
    static final String NOT_OPTIMIZED = "  # value loaded from strategy";
    private static final List<String> SPACES = List.of("buy", "sell", "protection", "roi", "stoploss", "trailing",
            "max_open_trades");
    private static final Map<String, String> TITLES = Map.of("buy", "Buy hyperspace params:", "sell",
            "Sell hyperspace params:", "protection", "Protection hyperspace params:", "roi", "ROI table:", "stoploss",
            "Stoploss:", "trailing", "Trailing stop:", "max_open_trades", "Max Open Trades:");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EpochDetails() {
    }

    /**
     * @param header "Best result" ({@code hyperopt-list}) or "Epoch details" ({@code hyperopt-show})
     */
    public static String render(Epoch epoch, int totalEpochs, boolean printJson, boolean noHeader, String header) {
        StringBuilder out = new StringBuilder();
        if (!noHeader) {
            out.append('\n').append(header).append(":\n\n").append(epoch.header(totalEpochs)).append("\n\n");
        }
        if (printJson) {
            out.append(json(epoch)).append('\n');
        } else {
            for (String space : SPACES) {
                out.append(pretty(epoch.paramsDetails(), epoch.paramsNotOptimized(), space));
            }
        }
        return out.toString();
    }

    /** {@code {"params": {buy and sell}, "minimal_roi": {...}, "stoploss": ..., trailing keys, "max_open_trades": ...}}. */
    static String json(Epoch epoch) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (String space : SPACES) {
            JsonNode optimised = epoch.paramsDetails().get(space);
            JsonNode fixed = epoch.paramsNotOptimized().get(space);
            if (optimised == null && fixed == null) {
                continue;
            }
            ObjectNode all = JsonNodeFactory.instance.objectNode();
            if (optimised instanceof ObjectNode o) {
                all.setAll(o);
            }
            if (fixed instanceof ObjectNode o) {
                all.setAll(o);
            }
            switch (space) {
                case "buy", "sell" -> {
                    ObjectNode params = result.has("params") ? (ObjectNode) result.get("params") : result.putObject("params");
                    params.setAll(all);
                }
                case "roi" -> result.set("minimal_roi", all);
                default -> result.setAll(all);
            }
        }
        try {
            return MAPPER.writeValueAsString(result);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("epoch parameters are not serialisable", e);
        }
    }

    private static String pretty(ObjectNode details, ObjectNode notOptimized, String space) {
        if (!details.has(space) && !notOptimized.has(space)) {
            return "";
        }
        ObjectNode params = rounded(details.get(space));
        ObjectNode fixed = rounded(notOptimized.get(space));
        if (params.isEmpty() && fixed.isEmpty()) {
            return "";
        }
        String appendix = params.isEmpty() ? NOT_OPTIMIZED : "";
        ObjectNode either = params.isEmpty() ? fixed : params;
        StringBuilder r = new StringBuilder("\n# ").append(TITLES.get(space));
        switch (space) {
            case "stoploss", "max_open_trades" -> {
                JsonNode value = params.hasNonNull(space) ? params.get(space) : fixed.get(space);
                r.append('\n').append(space).append(" = ").append(PythonFormat.str(value)).append(appendix);
            }
            case "roi" -> r.append(appendix).append("\nminimal_roi = ").append(roiJson(either));
            case "trailing" -> {
                r.append('\n');
                either.properties().forEach(e -> r.append(e.getKey()).append(" = ")
                        .append(PythonFormat.str(e.getValue())).append(appendix).append('\n'));
            }
            default -> r.append('\n').append(space).append("_params = ").append(pprint(params, fixed));
        }
        return r.toString().replace("\n", "\n    ") + "\n";
    }

    /** freqtrade's {@code _pprint_dict}: both dicts merged, one {@code "key": value,} line each. */
    private static String pprint(ObjectNode params, ObjectNode fixed) {
        ObjectNode all = params.deepCopy();
        all.setAll(fixed);
        StringBuilder r = new StringBuilder("{\n");
        all.properties().forEach(e -> {
            r.append("    \"").append(e.getKey()).append("\": ");
            r.append(e.getValue().isTextual() ? "\"" + e.getValue().asText() + "\"," : PythonFormat.str(e.getValue()) + ",");
            if (fixed.has(e.getKey())) {
                r.append(NOT_OPTIMIZED);
            }
            r.append('\n');
        });
        return r.append('}').toString();
    }

    /** The ROI table as JSON indented by 4, numbers as Python writes them. */
    private static String roiJson(ObjectNode roi) {
        if (roi.isEmpty()) {
            return "{}";
        }
        StringBuilder r = new StringBuilder("{\n");
        var entries = roi.properties().iterator();
        while (entries.hasNext()) {
            var e = entries.next();
            JsonNode v = e.getValue();
            String value = v.isNumber() && !v.isIntegralNumber() ? PythonFormat.floatRepr(v.asDouble()) : v.toString();
            r.append("    \"").append(e.getKey()).append("\": ").append(value).append(entries.hasNext() ? ",\n" : "\n");
        }
        return r.append('}').toString();
    }

    /** freqtrade's {@code round_dict(d, 5)}: floats rounded to 5 decimals, nested objects too. */
    private static ObjectNode rounded(JsonNode space) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (!(space instanceof ObjectNode o)) {
            return out;
        }
        o.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isFloatingPointNumber() && Double.isFinite(v.asDouble())) {
                out.put(e.getKey(), new BigDecimal(v.asDouble()).setScale(5, RoundingMode.HALF_EVEN).doubleValue());
            } else if (v instanceof ObjectNode nested) {
                out.set(e.getKey(), rounded(nested));
            } else {
                out.set(e.getKey(), v);
            }
        });
        return out;
    }
}
