package dev.hertz.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PythonGeneralFormatTest {

    @Test
    void reprMatchesPythonStr() {
        assertThat(PythonFormat.floatRepr(14.0)).isEqualTo("14.0");
        assertThat(PythonFormat.floatRepr(12.600000000000001)).isEqualTo("12.600000000000001");
        assertThat(PythonFormat.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonFormat.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PythonFormat.floatRepr(1700000000.000001)).isEqualTo("1700000000.000001");
        assertThat(PythonFormat.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFormat.floatRepr(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(PythonFormat.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void formatSpecsMatchPython() {
        assertThat(PythonFormat.fixed(13.0, 8)).isEqualTo("13.00000000");
        assertThat(PythonFormat.fixed(2.675, 2)).as("exact binary value 2.67499999...").isEqualTo("2.67");
        assertThat(PythonFormat.general(0.051126, 8)).isEqualTo("0.051126");
        assertThat(PythonFormat.general(0.00001234, 8)).isEqualTo("1.234e-05");
        assertThat(PythonFormat.general(123456789.0, 8)).isEqualTo("1.2345679e+08");
        assertThat(PythonFormat.general(12345678.0, 8)).isEqualTo("12345678");
        assertThat(PythonFormat.general(0.0, 8)).isEqualTo("0");
        assertThat(PythonFormat.percent(0.01, 2)).isEqualTo("1.00%");
    }
}
