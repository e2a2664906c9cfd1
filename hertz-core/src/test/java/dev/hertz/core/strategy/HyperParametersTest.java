package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class HyperParametersTest {

    static class Spaces extends TestStrategy {
        final IntParameter buyRsi = new IntParameter(10, 40, 30);
        final IntParameter buy_adx = new IntParameter(10, 40, 25);
        final DecimalParameter sellGap = new DecimalParameter(0.01, 0.10, 0.05);
        final BooleanParameter protectionCooldown = new BooleanParameter(true);
        final RealParameter exitShortLevel = new RealParameter(0.1, 0.9, 0.5).space("buy");
        final IntParameter buyer = new IntParameter(1, 3, 2);
        final IntParameter unrelated = new IntParameter(1, 3, 2);
        final CategoricalParameter<String> sellMode = new CategoricalParameter<>(List.of("ema", "sma", "wma"), "sma");
    }

    static class Inconclusive extends TestStrategy {
        final IntParameter buyLevel = new IntParameter(1, 3, 2).space("sell");
    }

    static class Inherited extends Spaces {
        final IntParameter sellExtra = new IntParameter(1, 3, 2);
    }

    @Test
    void spacesComeFromTheExplicitSpaceOrTheNamePrefix() {
        assertThat(HyperParameters.detect(new Spaces()))
                .extracting(HyperParameters.Detected::name, HyperParameters.Detected::space)
                .containsExactly(
                        tuple("buyRsi", "buy"),
                        tuple("buy_adx", "buy"),
                        tuple("exitShortLevel", "buy"),
                        tuple("protectionCooldown", "protection"),
                        tuple("sellGap", "sell"),
                        tuple("sellMode", "sell"));
        assertThat(HyperParameters.detect(new Inherited(), "sell"))
                .extracting(HyperParameters.Detected::name).containsExactly("sellExtra", "sellGap", "sellMode");
    }

    @Test
    void aNamePrefixContradictingTheExplicitSpaceIsAnError() {
        assertThatThrownBy(() -> HyperParameters.detect(new Inconclusive()))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessage("Inconclusive parameter name buyLevel, category: sell.");
    }

    @Test
    void storedValuesAreLoadedWithTheFileAheadOfTheClassValues() {
        Spaces s = new Spaces();
        s.buyParams = Map.of("buyRsi", 12, "buy_adx", 33);
        s.sellParams = Map.of("sell_mode", "wma");
        ObjectNode file = StrategyFixture.MAPPER.createObjectNode();
        file.putObject("buy").put("buy_rsi", 15);
        file.putObject("protection").put("protectionCooldown", false);

        HyperParameters.load(s, file, Set.of());

        assertThat(s.buyRsi.value()).isEqualTo(15);
        assertThat(s.buy_adx.value()).isEqualTo(33);
        assertThat(s.sellMode.value()).isEqualTo("wma");
        assertThat(s.protectionCooldown.value()).isFalse();
        assertThat(s.sellGap.value()).isEqualTo(0.05);
        assertThat(s.buyRsi.name()).isEqualTo("buyRsi");
        assertThat(s.sellGap.space()).contains("sell");
    }

    @Test
    void aStoredValueThatDoesNotFitIsNamed() {
        Spaces s = new Spaces();
        s.sellParams = Map.of("sellMode", "hull");
        assertThatThrownBy(() -> HyperParameters.load(s, StrategyFixture.MAPPER.createObjectNode(), Set.of()))
                .isInstanceOf(StrategyLoadException.class)
                .hasMessageContaining("parameter sellMode (sell)")
                .hasMessageContaining("\"hull\" is not one of [ema, sma, wma]");

        Spaces t = new Spaces();
        t.buyParams = Map.of("buyRsi", 12.5);
        assertThatThrownBy(() -> HyperParameters.load(t, StrategyFixture.MAPPER.createObjectNode(), Set.of()))
                .hasMessageContaining("12.5 is not a whole number");
    }

    @Test
    void rangesCoverTheSearchSpaceOnlyWhileHyperoptSearchesIt() {
        Spaces s = new Spaces();
        HyperParameters.load(s, StrategyFixture.MAPPER.createObjectNode(), Set.of());
        assertThat(s.buyRsi.range()).containsExactly(30);
        assertThat(s.sellGap.range()).containsExactly(0.05);

        Spaces searching = new Spaces();
        HyperParameters.load(searching, StrategyFixture.MAPPER.createObjectNode(), Set.of("buy", "sell"));
        assertThat(searching.buyRsi.range()).hasSize(31).startsWith(10, 11).endsWith(40);
        assertThat(searching.sellGap.range()).hasSize(91).startsWith(0.01, 0.011).endsWith(0.1);
        assertThat(searching.sellMode.range()).containsExactly("ema", "sma", "wma");
        assertThat(searching.protectionCooldown.range()).containsExactly(true);
        assertThat(searching.buyRsi.optimize(false).range()).containsExactly(30);
    }

    @Test
    void parameterConstructorsCheckTheirArguments() {
        assertThat(new DecimalParameter(0, 1, 0.12345).value()).isEqualTo(0.123);
        assertThat(new DecimalParameter(0, 1, 0.125, 2).value()).isEqualTo(0.12);
        assertThat(new CategoricalParameter<>(List.of(1, 2)).value()).isEqualTo(1);
        assertThatThrownBy(() -> new CategoricalParameter<>(List.of("only")))
                .hasMessageContaining("at least two parameters");
        assertThatThrownBy(() -> new CategoricalParameter<>(List.of("a", "b"), "c")).hasMessageContaining("not one of");
        assertThatThrownBy(() -> new IntParameter(5, 1, 3)).hasMessageContaining("low 5 > high 1");
        assertThatThrownBy(() -> new IntParameter(1, 5, 3).space("entry"))
                .hasMessage("Parameter space \"entry\" is not one of buy, sell, protection");
    }

    @Test
    void snakeCaseMatchesFreqtradeParameterNames() {
        assertThat(HyperParameters.snakeCase("buyRsiLevel2")).isEqualTo("buy_rsi_level2");
        assertThat(HyperParameters.snakeCase("buy_rsi")).isEqualTo("buy_rsi");
    }
}
