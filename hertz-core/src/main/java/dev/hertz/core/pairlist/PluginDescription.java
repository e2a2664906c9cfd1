package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One configured plugin and its {@code short_desc()}, as freqtrade's managers list them
 * ({@code [{name: short_desc}, ...]}) for the startup message and the API.
 *
 * @param name      handler or protection name, e.g. {@code VolumePairList}
 * @param shortDesc e.g. {@code VolumePairList - top 20 volume pairs.}
 */
public record PluginDescription(String name, String shortDesc) {

    /**
     * Python's {@code str()} of the list of one-entry dicts, exactly as freqtrade's startup message
     * embeds it: {@code [{'StaticPairList': 'StaticPairList'}]}.
     */
    public static String pythonRepr(List<PluginDescription> descriptions) {
        return descriptions.stream()
                .map(d -> "{" + PythonFormat.repr(d.name) + ": " + PythonFormat.repr(d.shortDesc) + "}")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
