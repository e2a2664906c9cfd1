package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.optimize.hyperopt.loss.HyperOptLosses;

import java.util.List;

/** {@code /hyperoptloss}: every loss function with its description, sorted by name. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HyperoptLossList(List<Entry> lossFunctions) {
    public HyperoptLossList {
        lossFunctions = List.copyOf(lossFunctions);
    }

    /** One loss function: its class name and documentation text. */
    public record Entry(String name, String description) {
    }

    public static HyperoptLossList of(List<HyperOptLosses.Description> losses) {
        return new HyperoptLossList(losses.stream().map(d -> new Entry(d.name(), d.description())).toList());
    }
}
