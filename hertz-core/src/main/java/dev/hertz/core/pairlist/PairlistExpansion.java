package dev.hertz.core.pairlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * freqtrade's {@code expand_pairlist}: white- and blacklist entries are regular expressions
 * matched case-insensitively against the whole market symbol, so {@code .*}&#47;USDT stands for
 * every USDT market and {@code BTC/USDT} for itself. A leading {@code *} (as in
 * {@code *}&#47;BTC) is not a valid expression; users must write {@code .*}&#47;BTC.
 */
public final class PairlistExpansion {

    private static final Pattern PLAIN_PAIR = Pattern.compile("[A-Za-z0-9:/-]+");

    private PairlistExpansion() {
    }

    /**
     * Expands each entry, in order, to the available pairs it matches (in the order of
     * {@code available}).
     *
     * @param keepInvalid when true an entry that matches nothing is kept as written, so a static
     *                    whitelist can name pairs the exchange does not list; then every result that
     *                    is not a plain pair ({@code [A-Za-z0-9:/-]+}) is dropped, which removes
     *                    unmatched expressions (and, as in freqtrade, listed symbols with other
     *                    characters). When false an entry matching nothing expands to nothing.
     * @throws IllegalArgumentException {@code Wildcard error in <entry>, <reason>} for an invalid expression
     */
    public static List<String> expand(List<String> entries, Collection<String> available, boolean keepInvalid) {
        List<String> result = new ArrayList<>();
        for (String entry : entries) {
            Pattern pattern = compile(entry);
            int before = result.size();
            for (String pair : available) {
                if (pattern.matcher(pair).matches()) {
                    result.add(pair);
                }
            }
            if (keepInvalid && result.size() == before) {
                result.add(entry);
            }
        }
        if (keepInvalid) {
            result.removeIf(pair -> !PLAIN_PAIR.matcher(pair).matches());
        }
        return result;
    }

    /** Checks that {@code entry} is a valid expression; throws like {@link #expand} otherwise. */
    public static void validate(String entry) {
        compile(entry);
    }

    private static Pattern compile(String entry) {
        try {
            return Pattern.compile(entry, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Wildcard error in " + entry + ", " + e.getDescription()
                    + " at position " + Math.max(e.getIndex(), 0), e);
        }
    }
}
