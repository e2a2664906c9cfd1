package dev.hertz.optimize.hyperopt.sampler;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DimensionsTest {
    @Test
    void lowAboveHighNamesTheDimension() {
        assertThatThrownBy(() -> new IntDimension("buy_rsi", 50, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension buy_rsi: low 50 is above high 10");
        assertThatThrownBy(() -> new DecimalDimension("stoploss", -0.02, -0.35, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension stoploss: low -0.02 is above high -0.35");
    }

    @Test
    void emptyOrNullOrRepeatedChoicesAreRefused() {
        assertThatThrownBy(() -> new CategoricalDimension("sell_trigger", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension sell_trigger: choices must not be empty");
        assertThatThrownBy(() -> new CategoricalDimension("sell_trigger", Arrays.asList("a", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension sell_trigger: choices must not contain null");
        assertThatThrownBy(() -> new CategoricalDimension("sell_trigger", List.of("a", "b", "a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension sell_trigger: choice a is listed twice");
    }

    @Test
    void negativeDecimalsAndUnusableBoundsAreRefused() {
        assertThatThrownBy(() -> new DecimalDimension("roi_p1", 0.01, 0.04, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension roi_p1: decimals must be 0 or more, got -1");
        assertThatThrownBy(() -> new DecimalDimension("roi_p1", Double.NaN, 0.04, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension roi_p1: low and high must be finite");
        assertThatThrownBy(() -> new DecimalDimension("roi_p1", 0, 1e6, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 decimals are too many");
        assertThatThrownBy(() -> new IntDimension(" ", 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension name must not be empty");
    }

    @Test
    void decimalGridTruncatesAsPythonInt() {
        // 0.29·100 is 28.999999999999996 in binary floating point: freqtrade's int() makes it 28
        DecimalDimension d = new DecimalDimension("x", 0.29, 0.5, 2);
        assertThat(d.gridLow()).isEqualTo(28);
        assertThat(d.gridHigh()).isEqualTo(50);
        assertThat(d.value(28)).isEqualTo(0.28);
        // negative bounds truncate toward zero
        DecimalDimension stoploss = new DecimalDimension("stoploss", -0.35, -0.02, 3);
        assertThat(stoploss.gridLow()).isEqualTo(-350);
        assertThat(stoploss.gridHigh()).isEqualTo(-20);
    }

    @Test
    void searchSpaceRefusesDuplicateNamesAndEmptySpaces() {
        assertThatThrownBy(() -> Samplers.create("tpe", List.of(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the search space has no dimensions");
        List<Dimension> twice = List.of(new IntDimension("a", 0, 1), new IntDimension("a", 0, 2));
        assertThatThrownBy(() -> Samplers.create("random", twice, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension a appears twice in the search space");
    }

    @Test
    void unknownSamplerNamesListTheValidOnes() {
        List<Dimension> space = List.of(new IntDimension("a", 0, 1));
        assertThatThrownBy(() -> Samplers.create("skopt", space, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown sampler 'skopt', valid samplers are tpe, random, cmaes, nsga2");
        assertThatThrownBy(() -> Samplers.create(null, space, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid samplers are tpe, random, cmaes, nsga2");
        assertThat(Samplers.names()).containsExactly("tpe", "random", "cmaes", "nsga2");
        assertThat(Samplers.create("TPE", space, 1)).isInstanceOf(TpeSampler.class);
    }
}
