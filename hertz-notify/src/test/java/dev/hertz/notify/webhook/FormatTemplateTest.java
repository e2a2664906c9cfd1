package dev.hertz.notify.webhook;

import dev.hertz.core.config.ConfigException;
import dev.hertz.core.rpc.RpcMessageDict.DateTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates render as Python's {@code str.format}: every expected text below is what Python 3.11
 * printed for the same template and values.
 */
class FormatTemplateTest {
    private static final Map<String, Object> FIELDS = fields();

    private static Map<String, Object> fields() {
        Map<String, Object> d = new HashMap<>();
        d.put("pair", "ETH/USDT");
        d.put("rate", 2000.5);
        d.put("small", 1.099e-05);
        d.put("ratio", -0.57405275);
        d.put("whole", 2.0);
        d.put("big", 1234567.891);
        d.put("neg0", -0.0);
        d.put("nan", Double.NaN);
        d.put("inf", Double.POSITIVE_INFINITY);
        d.put("half", 0.125);
        d.put("tid", 7L);
        d.put("negi", -42);
        d.put("none", null);
        d.put("yes", true);
        d.put("lst", List.of("ETH/BTC", "XRP/BTC"));
        Map<String, Object> dct = new LinkedHashMap<>();
        dct.put("a", 1);
        dct.put("b", "x");
        d.put("dct", dct);
        d.put("aware", new DateTime(Instant.parse("2024-10-24T09:29:03.123456Z"), false));
        d.put("naive", new DateTime(Instant.parse("2024-01-01T00:05:00Z"), true));
        d.put("digits", 3L);
        d.put("emoji", "\uD83D\uDE80 up");
        return d;
    }

    private static String render(String template) {
        return FormatTemplate.compile(template).render(FIELDS);
    }

    @Test
    void rendersAsPythonsStrFormat() {
        assertThat(render("{pair}")).isEqualTo("ETH/USDT");
        assertThat(render("{rate}")).isEqualTo("2000.5");
        assertThat(render("{small}")).isEqualTo("1.099e-05");
        assertThat(render("{ratio:.2%}")).isEqualTo("-57.41%");
        assertThat(render("{whole}")).isEqualTo("2.0");
        assertThat(render("{big:,.2f}")).isEqualTo("1,234,567.89");
        assertThat(render("{big:_}")).isEqualTo("1_234_567.891");
        assertThat(render("{neg0:.2f}")).isEqualTo("-0.00");
        assertThat(render("{neg0:z.2f}")).isEqualTo("0.00");
        assertThat(render("{nan:.2%}")).isEqualTo("nan%");
        assertThat(render("{inf:f}")).isEqualTo("inf");
        assertThat(render("{inf:F}")).isEqualTo("INF");
        assertThat(render("{half:.2f}")).isEqualTo("0.12");
        assertThat(render("{rate:8f}")).isEqualTo("2000.500000");
        assertThat(render("{rate:.3g}")).isEqualTo("2e+03");
        assertThat(render("{big:.3g}")).isEqualTo("1.23e+06");
        assertThat(render("{small:.3g}")).isEqualTo("1.1e-05");
        assertThat(render("{big:g}")).isEqualTo("1.23457e+06");
        assertThat(render("{rate:e}")).isEqualTo("2.000500e+03");
        assertThat(render("{small:.2E}")).isEqualTo("1.10E-05");
        assertThat(render("{whole:.3}")).isEqualTo("2.0");
        assertThat(render("{big:.3}")).isEqualTo("1.23e+06");
        assertThat(render("{rate:.1}")).isEqualTo("2e+03");
        assertThat(render("{tid:05d}")).isEqualTo("00007");
        assertThat(render("{tid:+}")).isEqualTo("+7");
        assertThat(render("{negi:=+8}")).isEqualTo("-     42");
        assertThat(render("{tid:x}")).isEqualTo("7");
        assertThat(render("{tid:#b}")).isEqualTo("0b111");
        assertThat(render("{tid:.2f}")).isEqualTo("7.00");
        assertThat(render("{tid:%}")).isEqualTo("700.000000%");
        assertThat(render("{negi:,}")).isEqualTo("-42");
        assertThat(render("{pair:>12}")).isEqualTo("    ETH/USDT");
        assertThat(render("{pair:*^12}")).isEqualTo("**ETH/USDT**");
        assertThat(render("{pair:.3}")).isEqualTo("ETH");
        assertThat(render("{pair!r}")).isEqualTo("'ETH/USDT'");
        assertThat(render("{none}")).isEqualTo("None");
        assertThat(render("{yes}")).isEqualTo("True");
        assertThat(render("{yes:d}")).isEqualTo("1");
        assertThat(render("{yes:>5}")).isEqualTo("    1");
        assertThat(render("{lst}")).isEqualTo("['ETH/BTC', 'XRP/BTC']");
        assertThat(render("{lst[1]}")).isEqualTo("XRP/BTC");
        assertThat(render("{dct}")).isEqualTo("{'a': 1, 'b': 'x'}");
        assertThat(render("{dct[b]}")).isEqualTo("x");
        assertThat(render("{aware}")).isEqualTo("2024-10-24 09:29:03.123456+00:00");
        assertThat(render("{naive}")).isEqualTo("2024-01-01 00:05:00");
        assertThat(render("{aware:%Y-%m-%d %H:%M:%S}")).isEqualTo("2024-10-24 09:29:03");
        assertThat(render("{aware:%d.%m.%Y %z %Z %f %j %a %b %p %I}")).isEqualTo("24.10.2024 +0000 UTC 123456 298 Thu Oct AM 09");
        assertThat(render("{naive:%H:%M %z|%Z}")).isEqualTo("00:05 |");
        assertThat(render("{aware!r}")).isEqualTo("datetime.datetime(2024, 10, 24, 9, 29, 3, 123456, tzinfo=datetime.timezone.utc)");
        assertThat(render("{naive!r}")).isEqualTo("datetime.datetime(2024, 1, 1, 0, 5)");
        assertThat(render("{aware.year}-{aware.month}")).isEqualTo("2024-10");
        assertThat(render("{rate:.{digits}f}")).isEqualTo("2000.500");
        assertThat(render("{{literal}} {pair}")).isEqualTo("{literal} ETH/USDT");
        assertThat(render("{emoji!a}")).isEqualTo("'\\U0001f680 up'");
        assertThat(render("{emoji:>6}")).isEqualTo("  🚀 up");
        assertThat(render("{ratio:+.3f}")).isEqualTo("-0.574");
        assertThat(render("{ratio: .1%}")).isEqualTo("-57.4%");
        assertThat(render("{whole:#.0f}")).isEqualTo("2.");
        assertThat(render("{big:#g}")).isEqualTo("1.23457e+06");
        assertThat(render("{rate:012.3f}")).isEqualTo("00002000.500");
        assertThat(render("{negi:08}")).isEqualTo("-0000042");
        assertThat(render("{big:,g}")).isEqualTo("1.23457e+06");
        assertThat(render("{small:%}")).isEqualTo("0.001099%");
        assertThat(render("{tid:c}")).isEqualTo("\u0007");
        assertThat(render("{rate:n}")).isEqualTo("2000.5");
        assertThat(render("{whole:e}")).isEqualTo("2.000000e+00");
        assertThat(render("{aware:%U %W %w %u %G-%V %c}")).isEqualTo("42 43 4 4 2024-43 Thu Oct 24 09:29:03 2024");
        assertThat(render("{aware:%-d/%-m %-H}")).isEqualTo("24/10 9");
    }

    @Test
    void zeroPaddingIsGroupedLikeTheDigits() {
        Map<String, Object> values = Map.of("n", 1234L, "x", 255L, "f", -1234.5, "nan", Double.NaN);

        assertThat(FormatTemplate.compile("{n:010,}|{n:08,}|{n:0=10,}|{n:<010,}").render(values))
                .isEqualTo("00,001,234|0,001,234|00,001,234|1,23400000");
        assertThat(FormatTemplate.compile("{f:012,.1f}|{x:#012_x}|{nan:010}").render(values))
                .isEqualTo("-0,001,234.5|0x0_0000_00ff|0000000nan");
    }

    @Test
    void aMissingFieldOrKeyIsPythonsKeyError() {
        assertThatThrownBy(() -> render("{pair} {missing}"))
                .isInstanceOfSatisfying(FormatTemplate.MissingField.class, e -> assertThat(e.key()).isEqualTo("missing"))
                .hasMessage("'missing'");
        assertThatThrownBy(() -> render("{dct[c]}"))
                .isInstanceOfSatisfying(FormatTemplate.MissingField.class, e -> assertThat(e.key()).isEqualTo("c"));
    }

    @Test
    void aValueThatRefusesItsSpecFailsWithPythonsMessage() {
        assertRenderFails("{none:.2f}", "unsupported format string passed to NoneType.__format__");
        assertRenderFails("{pair:d}", "Unknown format code 'd' for object of type 'str'");
        assertRenderFails("{rate:d}", "Unknown format code 'd' for object of type 'float'");
        assertRenderFails("{tid:.2d}", "Precision not allowed in integer format specifier");
        assertRenderFails("{pair:+}", "Sign not allowed in string format specifier");
        assertRenderFails("{lst[x]}", "list indices must be integers or slices, not str");
        assertRenderFails("{lst[5]}", "list index out of range");
        assertRenderFails("{pair.upper}", "'str' object has no attribute 'upper'");
    }

    @Test
    void malformedTemplatesAreRejectedWhenCompiled() {
        assertCompileFails("{", "Single '{' encountered in format string");
        assertCompileFails("}", "Single '}' encountered in format string");
        assertCompileFails("{pair", "expected '}' before end of string");
        assertCompileFails("{pair!x}", "Unknown conversion specifier x");
        assertCompileFails("{0}", "Replacement index 0 out of range for positional args tuple");
        assertCompileFails("{}", "Replacement index 0 out of range for positional args tuple");
        assertCompileFails("{a:{b:{c}}}", "Max string recursion exceeded");
    }

    @Test
    void aMalformedConfiguredTemplateNamesItsKey() {
        assertThatThrownBy(() -> FormatTemplate.fromConfig("webhook.entry.text", "Bought {pair"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("webhook.entry.text: expected '}' before end of string in template \"Bought {pair\"");
    }

    private static void assertRenderFails(String template, String message) {
        FormatTemplate compiled = FormatTemplate.compile(template);
        assertThatThrownBy(() -> compiled.render(FIELDS)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    private static void assertCompileFails(String template, String message) {
        assertThatThrownBy(() -> FormatTemplate.compile(template))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
