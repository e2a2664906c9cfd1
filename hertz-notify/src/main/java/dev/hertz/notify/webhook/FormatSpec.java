package dev.hertz.notify.webhook;

import dev.hertz.core.rpc.RpcMessageDict.DateTime;
import dev.hertz.core.util.PythonFormat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Python's {@code format(value, spec)} for the values of a message dict: the format-spec
 * mini-language {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]} for
 * strings, integers and floats (rounded half-even on the exact binary value, as Python does),
 * {@code strftime} patterns for datetimes, and Python's errors for a spec a value does not accept.
 */
final class FormatSpec {

    private final char fill;
    private final char align;
    private final boolean alignGiven;
    private final char sign;
    private final boolean noNegativeZero;
    private final boolean alternate;
    private final boolean zeroPad;
    private final int width;
    private final char grouping;
    private final int precision;
    private final char type;

    private FormatSpec(String spec, String typeName) {
        int pos = 0;
        char fillChar = 0;
        char alignChar = 0;
        if (spec.length() >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            fillChar = spec.charAt(0);
            alignChar = spec.charAt(1);
            pos = 2;
        } else if (!spec.isEmpty() && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            alignChar = spec.charAt(0);
            pos = 1;
        }
        char signChar = '-';
        if (pos < spec.length() && "+- ".indexOf(spec.charAt(pos)) >= 0) {
            signChar = spec.charAt(pos++);
        }
        boolean z = pos < spec.length() && spec.charAt(pos) == 'z';
        pos += z ? 1 : 0;
        boolean hash = pos < spec.length() && spec.charAt(pos) == '#';
        pos += hash ? 1 : 0;
        boolean zero = fillChar == 0 && pos < spec.length() && spec.charAt(pos) == '0';
        pos += zero ? 1 : 0;
        int start = pos;
        while (pos < spec.length() && Character.isDigit(spec.charAt(pos))) {
            pos++;
        }
        int widthValue = pos > start ? Integer.parseInt(spec.substring(start, pos)) : -1;
        char group = 0;
        if (pos < spec.length() && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
            group = spec.charAt(pos++);
            if (pos < spec.length() && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
                throw new IllegalArgumentException("Cannot specify both ',' and '_'.");
            }
        }
        int precisionValue = -1;
        if (pos < spec.length() && spec.charAt(pos) == '.') {
            start = ++pos;
            while (pos < spec.length() && Character.isDigit(spec.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw new IllegalArgumentException("Format specifier missing precision");
            }
            precisionValue = Integer.parseInt(spec.substring(start, pos));
        }
        if (spec.length() - pos > 1) {
            throw new IllegalArgumentException("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        this.fill = fillChar != 0 ? fillChar : zero ? '0' : ' ';
        this.align = alignChar;
        this.alignGiven = alignChar != 0;
        this.sign = signChar;
        this.noNegativeZero = z;
        this.alternate = hash;
        this.zeroPad = zero;
        this.width = widthValue;
        this.grouping = group;
        this.precision = precisionValue;
        this.type = pos < spec.length() ? spec.charAt(pos) : 0;
    }

    /** Python's {@code format(value, spec)}; an empty spec is {@code str(value)}. */
    static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            return PythonText.str(value);
        }
        return switch (value) {
            case DateTime dateTime -> PythonText.strftime(dateTime, spec);
            case String text -> new FormatSpec(spec, "str").string(text);
            case Boolean flag -> new FormatSpec(spec, "int").integer(flag ? BigInteger.ONE : BigInteger.ZERO);
            case Double number -> new FormatSpec(spec, "float").floating(number);
            case Float number -> new FormatSpec(spec, "float").floating(number.doubleValue());
            case BigInteger number -> new FormatSpec(spec, "int").integer(number);
            case Long number -> new FormatSpec(spec, "int").integer(BigInteger.valueOf(number));
            case Integer number -> new FormatSpec(spec, "int").integer(BigInteger.valueOf(number));
            case null, default -> throw new IllegalArgumentException(
                    "unsupported format string passed to " + PythonText.typeName(value) + ".__format__");
        };
    }

    private String string(String text) {
        if (type != 0 && type != 's') {
            throw unknownCode("str");
        }
        if (sign != '-' || noNegativeZero) {
            throw new IllegalArgumentException("Sign not allowed in string format specifier");
        }
        if (alternate) {
            throw new IllegalArgumentException("Alternate form (#) not allowed in string format specifier");
        }
        if (grouping != 0) {
            throw new IllegalArgumentException("Cannot specify '" + grouping + "' with 's'.");
        }
        if (align == '=') {
            throw new IllegalArgumentException("'=' alignment not allowed in string format specifier");
        }
        String body = text;
        if (precision >= 0 && text.codePointCount(0, text.length()) > precision) {
            body = text.substring(0, text.offsetByCodePoints(0, precision));
        }
        return pad("", body, alignGiven ? align : '<');
    }

    private String integer(BigInteger value) {
        if ("eEfFgG%".indexOf(type) >= 0) {
            return floating(value.doubleValue());
        }
        if (type != 0 && "dnbcoxX".indexOf(type) < 0) {
            throw unknownCode("int");
        }
        if (precision >= 0) {
            throw new IllegalArgumentException("Precision not allowed in integer format specifier");
        }
        if (noNegativeZero) {
            throw new IllegalArgumentException("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (grouping != 0 && (type == 'n' || type == 'c' || (grouping == ',' && "boxX".indexOf(type) >= 0))) {
            throw new IllegalArgumentException("Cannot specify '" + grouping + "' with '" + type + "'.");
        }
        if (type == 'c') {
            if (sign != '-') {
                throw new IllegalArgumentException("Sign not allowed with integer format specifier 'c'");
            }
            if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw new IllegalArgumentException("%c arg not in range(0x110000)");
            }
            return pad("", Character.toString(value.intValue()), alignGiven ? align : '<');
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = value.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        String prefix = signText(value.signum() < 0);
        if (alternate && radix != 10) {
            prefix += "0" + (type == 'X' ? 'X' : type);
        }
        return padNumber(prefix, group(digits, radix == 10 ? 3 : 4), radix == 10 ? 3 : 4);
    }

    private String floating(double value) {
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
            throw unknownCode("float");
        }
        if (grouping != 0 && type == 'n') {
            throw new IllegalArgumentException("Cannot specify '" + grouping + "' with 'n'.");
        }
        boolean negative = !Double.isNaN(value) && Double.doubleToRawLongBits(value) < 0;
        double magnitude = Math.abs(value);
        String body;
        if (!Double.isFinite(value)) {
            body = Double.isNaN(value) ? "nan" : "inf";
            body += type == '%' ? "%" : "";
        } else {
            int p = precision < 0 ? 6 : precision;
            body = switch (type) {
                case 'f', 'F' -> pointed(PythonFormat.fixed(magnitude, p));
                case '%' -> pointed(PythonFormat.fixed(magnitude * 100, p)) + "%";
                case 'e', 'E' -> scientific(magnitude, p);
                case 'g', 'G', 'n' -> general(magnitude, p, false);
                default -> precision < 0 ? PythonFormat.floatRepr(magnitude) : general(magnitude, p, true);
            };
            if (noNegativeZero && negative && body.chars().noneMatch(c -> c >= '1' && c <= '9')) {
                negative = false;
            }
            body = groupFloat(body);
        }
        if (Character.isUpperCase(type)) {
            body = body.toUpperCase(Locale.ROOT);
        }
        return padNumber(signText(negative), body, 3);
    }

    /** {@code e}: one digit, {@code precision} decimals, a signed exponent of at least two digits. */
    private String scientific(double magnitude, int digitsAfterPoint) {
        String digits;
        int exponent;
        if (magnitude == 0) {
            digits = "0".repeat(digitsAfterPoint + 1);
            exponent = 0;
        } else {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(digitsAfterPoint + 1, RoundingMode.HALF_EVEN));
            digits = rounded.unscaledValue().toString();
            exponent = rounded.precision() - rounded.scale() - 1;
            digits = (digits + "0".repeat(digitsAfterPoint + 1)).substring(0, digitsAfterPoint + 1);
        }
        String mantissa = digits.length() == 1 ? pointed(digits) : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }

    /**
     * {@code g}: {@code precision} significant digits in fixed or scientific notation, trailing
     * zeros dropped unless {@code #}. With no type ({@code dot0}) Python switches to scientific one
     * exponent earlier and keeps a {@code .0} on whole numbers.
     */
    private String general(double magnitude, int significant, boolean dot0) {
        int p = Math.max(significant, 1);
        int exponent = 0;
        if (magnitude != 0) {
            BigDecimal rounded = new BigDecimal(magnitude).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        boolean fixed = exponent >= -4 && exponent < (dot0 ? p - 1 : p);
        String text = fixed ? PythonFormat.fixed(magnitude, p - 1 - exponent) : scientific(magnitude, p - 1);
        if (!alternate) {
            int e = text.indexOf('e');
            String mantissa = e < 0 ? text : text.substring(0, e);
            if (mantissa.contains(".")) {
                mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            text = e < 0 ? mantissa : mantissa + text.substring(e);
        }
        if (dot0 && fixed && !text.contains(".")) {
            text += ".0";
        }
        return text;
    }

    /** {@code #} keeps the decimal point even without decimals. */
    private String pointed(String digits) {
        return alternate && !digits.contains(".") ? digits + "." : digits;
    }

    private String groupFloat(String body) {
        if (grouping == 0) {
            return body;
        }
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return group(body.substring(0, end), 3) + body.substring(end);
    }

    private String group(String digits, int size) {
        if (grouping == 0 || digits.length() <= size) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int first = digits.length() % size == 0 ? size : digits.length() % size;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
            out.append(grouping).append(digits, i, i + size);
        }
        return out.toString();
    }

    private String signText(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private char numericAlign() {
        return alignGiven ? align : zeroPad ? '=' : '>';
    }

    /**
     * Pads a number. Zeros filling between sign and digits are grouped like the digits when
     * grouping is asked for ({@code 010,} makes {@code 00,001,234}), as Python does.
     */
    private String padNumber(String prefix, String body, int groupSize) {
        char alignment = numericAlign();
        if (alignment != '=' || fill != '0' || grouping == 0 || body.isEmpty() || !isDigit(body.charAt(0), groupSize)) {
            return pad(prefix, body, alignment);
        }
        int end = 0;
        while (end < body.length() && (isDigit(body.charAt(end), groupSize) || body.charAt(end) == grouping)) {
            end++;
        }
        String digits = body.substring(0, end).replace(String.valueOf(grouping), "");
        String rest = body.substring(end);
        String grouped = group(digits, groupSize);
        while (prefix.length() + grouped.length() + rest.length() < width) {
            digits = "0" + digits;
            grouped = group(digits, groupSize);
        }
        return prefix + grouped + rest;
    }

    private static boolean isDigit(char c, int groupSize) {
        return Character.digit(c, groupSize == 3 ? 10 : 16) >= 0;
    }

    /** Pads {@code prefix + body} to the width: {@code =} puts the fill between sign and digits. */
    private String pad(String prefix, String body, char alignment) {
        int length = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
        int missing = Math.max(0, width - length);
        String f = String.valueOf(fill);
        return switch (alignment) {
            case '<' -> prefix + body + f.repeat(missing);
            case '^' -> f.repeat(missing / 2) + prefix + body + f.repeat(missing - missing / 2);
            case '=' -> prefix + f.repeat(missing) + body;
            default -> f.repeat(missing) + prefix + body;
        };
    }

    private IllegalArgumentException unknownCode(String typeName) {
        return new IllegalArgumentException("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }
}
