package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class HyperOptLossesTest {
    @TempDir
    Path userData;

    @Test
    void builtinsByFreqtradeNamesIncludingTheDefaultAlias() {
        assertThat(HyperOptLosses.byName("SharpeHyperOptLoss", userData)).isInstanceOf(SharpeHyperOptLoss.class);
        assertThat(HyperOptLosses.byName("DefaultHyperOptLoss", userData)).isInstanceOf(ShortTradeDurHyperOptLoss.class);
        assertThat(HyperOptLosses.byName("MultiMetricHyperOptLoss", null)).isInstanceOf(MultiMetricHyperOptLoss.class);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        assertThatThrownBy(() -> HyperOptLosses.byName("NoSuchLoss", userData))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Impossible to load HyperoptLoss 'NoSuchLoss'")
                .hasMessageContaining("CalmarHyperOptLoss, DefaultHyperOptLoss, MaxDrawDownHyperOptLoss")
                .hasMessageContaining("SortinoHyperOptLossDaily");
        assertThatThrownBy(() -> HyperOptLosses.byName("", userData))
                .isInstanceOf(ConfigException.class).hasMessageContaining("No Hyperopt loss set");
    }

    @Test
    void userLossIsCompiledFromTheHyperoptsFolder() throws IOException {
        Path folder = Files.createDirectories(userData.resolve("hyperopts"));
        Files.writeString(folder.resolve("TradeCountLoss.java"), """
                import dev.hertz.optimize.hyperopt.loss.HyperOptLoss;
                import dev.hertz.optimize.hyperopt.loss.LossInput;

                /**
                 * Fewer trades are better.
                 */
                public class TradeCountLoss implements HyperOptLoss {
                    @Override
                    public double loss(LossInput input) {
                        return input.tradeCount();
                    }
                }
                """);
        Files.writeString(folder.resolve("Broken.java"), "public class Broken implements { }");

        HyperOptLoss loss = HyperOptLosses.byName("TradeCountLoss", userData);
        assertThat(loss.loss(LossCases.input(LossCases.five()))).isEqualTo(5.0);

        assertThat(HyperOptLosses.available(userData))
                .contains(new HyperOptLosses.Description("TradeCountLoss", "Fewer trades are better."))
                .extracting(HyperOptLosses.Description::name).isSorted().contains("DefaultHyperOptLoss")
                .doesNotContain("");
        assertThat(HyperOptLosses.list(userData, null))
                .anySatisfy(l -> {
                    assertThat(l.status()).isEqualTo(LossListing.LOAD_FAILED);
                    assertThat(l.location()).isEqualTo("Broken.java");
                });
        assertThatThrownBy(() -> HyperOptLosses.byName("Broken", userData))
                .hasMessageContaining("TradeCountLoss").hasMessageContaining("Broken.java");
    }

    @Test
    void extraPathWinsAndDuplicatesAreMarked() throws IOException {
        Path extra = Files.createDirectories(userData.resolve("extra"));
        Files.writeString(extra.resolve("SharpeHyperOptLoss.java"), """
                public class SharpeHyperOptLoss implements dev.hertz.optimize.hyperopt.loss.HyperOptLoss {
                    public double loss(dev.hertz.optimize.hyperopt.loss.LossInput input) {
                        return 42;
                    }
                }
                """);
        assertThat(HyperOptLosses.byName("SharpeHyperOptLoss", userData, extra).loss(LossCases.input(LossCases.five())))
                .isEqualTo(42.0);
        assertThat(HyperOptLosses.list(userData, extra)).filteredOn(l -> l.name().equals("SharpeHyperOptLoss"))
                .extracting(LossListing::location, LossListing::status)
                .containsExactly(tuple("SharpeHyperOptLoss.java", LossListing.DUPLICATE_NAME),
                        tuple(HyperOptLosses.BUILTIN, LossListing.DUPLICATE_NAME));
    }
}
