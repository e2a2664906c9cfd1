package dev.hertz.notify.webhook;

import dev.hertz.core.rpc.RpcMessageDict.DateTime;
import dev.hertz.core.util.PythonFormat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Python's text of the values in a message dict ({@link dev.hertz.core.rpc.RpcMessageDict}):
 * {@code str()}, {@code repr()}, {@code ascii()}, datetime attributes and {@code strftime}, so a
 * template prints {@code None}, {@code True}, {@code 0.1} and {@code 2024-10-24 09:29:03+00:00}
 * exactly where freqtrade does.
 */
final class PythonText {

    private PythonText() {
    }

    /** Python's {@code str(value)}. */
    static String str(Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof DateTime dateTime) {
            return dateTime(dateTime);
        }
        return repr(value);
    }

    /** Python's {@code repr(value)}. */
    static String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case String text -> PythonFormat.repr(text);
            case Boolean flag -> flag ? "True" : "False";
            case Double number -> PythonFormat.floatRepr(number);
            case Float number -> PythonFormat.floatRepr(number);
            case Number number -> number.toString();
            case DateTime dateTime -> dateTimeRepr(dateTime);
            case List<?> list -> list.stream().map(PythonText::repr).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> map -> map.entrySet().stream()
                    .map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> value.toString();
        };
    }

    /** Python's {@code ascii()} applied to a repr: non-ASCII characters escaped. */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.toString();
    }

    /** The Python type name of a value, for error messages. */
    static String typeName(Object value) {
        return switch (value) {
            case null -> "NoneType";
            case String ignored -> "str";
            case Boolean ignored -> "bool";
            case Double ignored -> "float";
            case Float ignored -> "float";
            case Number ignored -> "int";
            case DateTime ignored -> "datetime.datetime";
            case List<?> ignored -> "list";
            case Map<?, ?> ignored -> "dict";
            default -> value.getClass().getSimpleName();
        };
    }

    /** {@code value.name}: the attributes of a datetime; anything else has none a template can use. */
    static Object attribute(Object value, String name) {
        if (value instanceof DateTime dateTime) {
            LocalDateTime t = utc(dateTime);
            Integer field = switch (name) {
                case "year" -> t.getYear();
                case "month" -> t.getMonthValue();
                case "day" -> t.getDayOfMonth();
                case "hour" -> t.getHour();
                case "minute" -> t.getMinute();
                case "second" -> t.getSecond();
                case "microsecond" -> t.getNano() / 1000;
                default -> null;
            };
            if (field != null) {
                return field.longValue();
            }
        }
        throw new IllegalArgumentException("'" + typeName(value) + "' object has no attribute '" + name + "'");
    }

    /** {@code str(datetime)}: {@code 2024-10-24 09:29:03.123456+00:00}, fraction only when non-zero. */
    static String dateTime(DateTime dateTime) {
        LocalDateTime t = utc(dateTime);
        String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            text += String.format(".%06d", micros);
        }
        return dateTime.naive() ? text : text + "+00:00";
    }

    private static String dateTimeRepr(DateTime dateTime) {
        LocalDateTime t = utc(dateTime);
        int micros = t.getNano() / 1000;
        StringBuilder out = new StringBuilder("datetime.datetime(").append(t.getYear()).append(", ")
                .append(t.getMonthValue()).append(", ").append(t.getDayOfMonth()).append(", ")
                .append(t.getHour()).append(", ").append(t.getMinute());
        if (t.getSecond() != 0 || micros != 0) {
            out.append(", ").append(t.getSecond());
        }
        if (micros != 0) {
            out.append(", ").append(micros);
        }
        if (!dateTime.naive()) {
            out.append(", tzinfo=datetime.timezone.utc");
        }
        return out.append(')').toString();
    }

    /**
     * {@code datetime.strftime(pattern)} as on Linux (glibc): the usual directives, glibc's
     * {@code %-d} form without padding, and unknown directives kept as written.
     */
    static String strftime(DateTime dateTime, String pattern) {
        LocalDateTime t = utc(dateTime);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%' || i + 1 >= pattern.length()) {
                out.append(c);
                continue;
            }
            boolean unpadded = pattern.charAt(i + 1) == '-' && i + 2 < pattern.length();
            char directive = pattern.charAt(unpadded ? i + 2 : i + 1);
            String text = directive(t, dateTime.naive(), directive);
            if (text == null) {
                out.append(pattern, i, unpadded ? i + 3 : i + 2);
            } else {
                out.append(unpadded ? stripPadding(text) : text);
            }
            i += unpadded ? 2 : 1;
        }
        return out.toString();
    }

    private static String directive(LocalDateTime t, boolean naive, char directive) {
        return switch (directive) {
            case 'Y' -> Integer.toString(t.getYear());
            case 'y' -> two(t.getYear() % 100);
            case 'C' -> two(t.getYear() / 100);
            case 'm' -> two(t.getMonthValue());
            case 'd' -> two(t.getDayOfMonth());
            case 'e' -> String.format("%2d", t.getDayOfMonth());
            case 'H' -> two(t.getHour());
            case 'k' -> String.format("%2d", t.getHour());
            case 'I' -> two(hour12(t));
            case 'l' -> String.format("%2d", hour12(t));
            case 'M' -> two(t.getMinute());
            case 'S' -> two(t.getSecond());
            case 'f' -> String.format("%06d", t.getNano() / 1000);
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'P' -> t.getHour() < 12 ? "am" : "pm";
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
            case 'j' -> String.format("%03d", t.getDayOfYear());
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'U' -> two((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7);
            case 'W' -> two((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7);
            case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'g' -> two(t.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 's' -> Long.toString(t.toEpochSecond(ZoneOffset.UTC));
            case 'z' -> naive ? "" : "+0000";
            case 'Z' -> naive ? "" : "UTC";
            case 'c' -> directive(t, naive, 'a') + " " + directive(t, naive, 'b') + " " + directive(t, naive, 'e')
                    + " " + directive(t, naive, 'T') + " " + t.getYear();
            case 'x', 'D' -> two(t.getMonthValue()) + "/" + two(t.getDayOfMonth()) + "/" + two(t.getYear() % 100);
            case 'X', 'T' -> two(t.getHour()) + ":" + two(t.getMinute()) + ":" + two(t.getSecond());
            case 'F' -> t.getYear() + "-" + two(t.getMonthValue()) + "-" + two(t.getDayOfMonth());
            case 'R' -> two(t.getHour()) + ":" + two(t.getMinute());
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> null;
        };
    }

    private static int hour12(LocalDateTime t) {
        return t.get(ChronoField.CLOCK_HOUR_OF_AMPM);
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }

    private static String stripPadding(String text) {
        String stripped = text.stripLeading().replaceFirst("^0+(?=\\d)", "");
        return stripped.isEmpty() ? text : stripped;
    }

    private static LocalDateTime utc(DateTime dateTime) {
        return LocalDateTime.ofInstant(dateTime.instant(), ZoneOffset.UTC);
    }
}
