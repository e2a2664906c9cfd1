package dev.hertz.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PyFormatTest {

    @Test
    void reprMatchesPythonStr() {
        assertThat(PyFormat.repr(14.0)).isEqualTo("14.0");
        assertThat(PyFormat.repr(12.600000000000001)).isEqualTo("12.600000000000001");
        assertThat(PyFormat.repr(0.0001)).isEqualTo("0.0001");
        assertThat(PyFormat.repr(0.00001)).isEqualTo("1e-05");
        assertThat(PyFormat.repr(1700000000.000001)).isEqualTo("1700000000.000001");
        assertThat(PyFormat.repr(1e16)).isEqualTo("1e+16");
        assertThat(PyFormat.repr(-2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(PyFormat.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void formatSpecsMatchPython() {
        assertThat(PyFormat.fixed(13.0, 8)).isEqualTo("13.00000000");
        assertThat(PyFormat.fixed(2.675, 2)).as("exact binary value 2.67499999...").isEqualTo("2.67");
        assertThat(PyFormat.general(0.051126, 8)).isEqualTo("0.051126");
        assertThat(PyFormat.general(0.00001234, 8)).isEqualTo("1.234e-05");
        assertThat(PyFormat.general(123456789.0, 8)).isEqualTo("1.2345679e+08");
        assertThat(PyFormat.general(12345678.0, 8)).isEqualTo("12345678");
        assertThat(PyFormat.general(0.0, 8)).isEqualTo("0");
        assertThat(PyFormat.percent(0.01, 2)).isEqualTo("1.00%");
    }
}
