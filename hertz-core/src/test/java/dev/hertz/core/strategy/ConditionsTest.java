package dev.hertz.core.strategy;

import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.atLeast;
import static dev.hertz.core.strategy.Conditions.atMost;
import static dev.hertz.core.strategy.Conditions.below;
import static dev.hertz.core.strategy.Conditions.crossedAbove;
import static dev.hertz.core.strategy.Conditions.crossedBelow;
import static dev.hertz.core.strategy.Conditions.equal;
import static dev.hertz.core.strategy.Conditions.falling;
import static dev.hertz.core.strategy.Conditions.rising;
import static dev.hertz.core.strategy.Conditions.valid;
import static dev.hertz.core.strategy.Conditions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionsTest {

    private static final double NaN = Double.NaN;

    @Test
    void comparisonsWithNanAreFalseAsInPandas() {
        double[] a = {NaN, 1, 2, 3};

        assertThat(above(a, 1)).isEqualTo(Mask.of(false, false, true, true));
        assertThat(below(a, 2)).isEqualTo(Mask.of(false, true, false, false));
        assertThat(atLeast(a, 2)).isEqualTo(Mask.of(false, false, true, true));
        assertThat(atMost(a, 2)).isEqualTo(Mask.of(false, true, true, false));
        assertThat(equal(a, 3)).isEqualTo(Mask.of(false, false, false, true));
        assertThat(valid(a)).isEqualTo(Mask.of(false, true, true, true));
        // negation turns NaN rows true, exactly like pandas ~(a > 1)
        assertThat(above(a, 1).not()).isEqualTo(Mask.of(true, true, false, false));
    }

    @Test
    void columnAgainstColumnComparisons() {
        double[] a = {1, 2, 3};
        double[] b = {2, 2, 2};

        assertThat(above(a, b)).isEqualTo(Mask.of(false, false, true));
        assertThat(below(a, b)).isEqualTo(Mask.of(true, false, false));
        assertThat(atLeast(a, b)).isEqualTo(Mask.of(false, true, true));
        assertThat(atMost(a, b)).isEqualTo(Mask.of(true, true, false));
        assertThatThrownBy(() -> above(a, new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("above: series lengths differ: 3 and 2");
    }

    @Test
    void crossingNeedsThePreviousRowOnTheOtherSideOrTouching() {
        double[] a = {1, 2, 3, 2, 1, 2, 2, 3};

        // row 2: 3 > 2 after touching 2 on row 1 counts, as in qtpylib (previous <= level)
        assertThat(crossedAbove(a, 2)).isEqualTo(Mask.of(false, false, true, false, false, false, false, true));
        assertThat(crossedBelow(a, 2)).isEqualTo(Mask.of(false, false, false, false, true, false, false, false));
    }

    @Test
    void theFirstRowNeverCrossesBecauseItsShiftedValueIsNan() {
        assertThat(crossedAbove(new double[] {5}, 1).get(0)).isFalse();
        assertThat(crossedAbove(new double[] {5, 6}, new double[] {1, 1}).get(0)).isFalse();
        assertThat(crossedBelow(new double[] {0, 0}, new double[] {1, 1}).get(0)).isFalse();
        assertThat(rising(new double[] {5, 6}).get(0)).isFalse();
    }

    @Test
    void aNanNeighbourPreventsACross() {
        double[] rsi = {NaN, 35, 25, NaN, 35};

        assertThat(crossedAbove(rsi, 30)).isEqualTo(Mask.of(false, false, false, false, false));
        assertThat(crossedBelow(rsi, 30)).isEqualTo(Mask.of(false, false, true, false, false));
    }

    @Test
    void crossingTwoColumns() {
        double[] fast = {1, 3, 4, 2};
        double[] slow = {2, 2, 3, 3};

        assertThat(crossedAbove(fast, slow)).isEqualTo(Mask.of(false, true, false, false));
        assertThat(crossedBelow(fast, slow)).isEqualTo(Mask.of(false, false, false, true));
    }

    @Test
    void risingAndFallingCompareWithThePreviousRow() {
        double[] a = {1, 2, 2, 1, NaN, 3};

        assertThat(rising(a)).isEqualTo(Mask.of(false, true, false, false, false, false));
        assertThat(falling(a)).isEqualTo(Mask.of(false, false, false, true, false, false));
    }

    @Test
    void whenBuildsAMaskFromPerRowLogic() {
        double[] rsi = {20, 40, 25};
        double[] volume = {0, 10, 10};

        assertThat(when(3, i -> rsi[i] < 30 && volume[i] > 0)).isEqualTo(Mask.of(false, false, true));
    }
}
