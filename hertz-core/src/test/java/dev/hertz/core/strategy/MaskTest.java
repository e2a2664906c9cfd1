package dev.hertz.core.strategy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaskTest {

    private final Mask a = Mask.of(true, true, false, false);
    private final Mask b = Mask.of(true, false, true, false);

    @Test
    void booleanAlgebraWorksRowByRow() {
        assertThat(a.and(b)).isEqualTo(Mask.of(true, false, false, false));
        assertThat(a.or(b)).isEqualTo(Mask.of(true, true, true, false));
        assertThat(a.not()).isEqualTo(Mask.of(false, false, true, true));
    }

    @Test
    void masksAreImmutable() {
        boolean[] bits = {true, false};
        Mask m = Mask.of(bits);
        bits[1] = true;
        m.toArray()[0] = false;

        assertThat(m.toArray()).containsExactly(true, false);
        a.and(b);
        assertThat(a).isEqualTo(Mask.of(true, true, false, false));
    }

    @Test
    void countingAndInspection() {
        assertThat(a.count()).isEqualTo(2);
        assertThat(a.any()).isTrue();
        assertThat(Mask.all(3, false).any()).isFalse();
        assertThat(Mask.all(3, true).count()).isEqualTo(3);
        assertThat(a.length()).isEqualTo(4);
        assertThat(b.get(2)).isTrue();
        assertThat(Mask.of(5, i -> i >= 3)).isEqualTo(Mask.of(false, false, false, true, true));
        assertThat(a).hasToString("Mask[1100]");
    }

    @Test
    void masksOfDifferentLengthsDoNotCombine() {
        assertThatThrownBy(() -> a.and(Mask.all(3, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot and masks of different lengths: 4 and 3");
        assertThatThrownBy(() -> Mask.of(-1, i -> true)).hasMessageContaining(">= 0");
    }
}
