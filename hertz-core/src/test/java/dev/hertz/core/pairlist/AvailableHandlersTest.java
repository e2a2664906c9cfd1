package dev.hertz.core.pairlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code GET /pairlists/available} will list. */
class AvailableHandlersTest {

    @Test
    void handlersAreListedByNameWithTheirKind() {
        assertThat(PairListHandlers.available()).extracting(PairListHandlerInfo::name).containsExactly(
                "AgeFilter", "FullTradesFilter", "OffsetFilter", "PerformanceFilter", "PrecisionFilter", "PriceFilter",
                "RangeStabilityFilter", "ShuffleFilter", "SpreadFilter", "StaticPairList", "VolatilityFilter",
                "VolumePairList");
        assertThat(PairListHandlers.available()).filteredOn(PairListHandlerInfo::isGenerator)
                .extracting(PairListHandlerInfo::name).containsExactly("StaticPairList", "VolumePairList");
        assertThat(PairListHandlers.info("VolumePairList").orElseThrow().supportsBacktesting())
                .isEqualTo(SupportsBacktesting.NO);
        assertThat(PairListHandlers.info("NoSuchList")).isEmpty();
    }

    /** Every handler and parameter FreqUI's fixture shows is described the same way here. */
    @Test
    void descriptionsMatchFreqUisFixture() throws IOException {
        JsonNode fixture = TestChains.JSON.readTree(fixture().toFile());
        Map<String, PairListHandlerInfo> ours = PairListHandlers.available().stream()
                .collect(Collectors.toMap(PairListHandlerInfo::name, Function.identity()));
        int compared = 0;
        for (JsonNode expected : fixture.get("pairlists")) {
            PairListHandlerInfo info = ours.get(expected.get("name").asText());
            if (info == null) {
                continue;
            }
            compared++;
            assertThat(info.description()).isEqualTo(expected.get("description").asText());
            assertThat(info.isGenerator()).isEqualTo(expected.get("is_pairlist_generator").asBoolean());
            Map<String, PairlistParameter> params = info.parameters().stream()
                    .collect(Collectors.toMap(PairlistParameter::name, Function.identity()));
            expected.get("params").properties().forEach(e -> {
                PairlistParameter p = params.get(e.getKey());
                assertThat(p).as(info.name() + "." + e.getKey()).isNotNull();
                JsonNode want = e.getValue();
                assertThat(p.type()).isEqualTo(want.get("type").asText());
                assertThat((JsonNode) TestChains.JSON.valueToTree(p.defaultValue())).as(info.name() + "." + e.getKey())
                        .isEqualTo(want.get("default"));
                assertThat(p.description()).isEqualTo(want.get("description").asText());
                assertThat(p.help()).isEqualTo(want.get("help").asText());
                if (want.has("options")) {
                    assertThat(p.options()).isEqualTo(TestChains.JSON.convertValue(want.get("options"), List.class));
                }
            });
        }
        assertThat(compared).isEqualTo(11);
    }

    private static Path fixture() {
        String property = System.getProperty("hertz.shared.dir");
        Path shared = property != null ? Path.of(property) : Path.of("..", "shared");
        Path file = shared.resolve("reference/frequi-fixtures/pairlists_available.json");
        assumeTrue(Files.isRegularFile(file), "shared reference data not found (set -Dhertz.shared.dir): " + file);
        return file;
    }
}
