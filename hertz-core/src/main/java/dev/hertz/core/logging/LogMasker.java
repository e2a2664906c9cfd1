package dev.hertz.core.logging;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Masks secrets in log text before any appender writes it.
 *
 * <p>Two layers: credentials embedded in URLs ({@code scheme://user:password@host}) are always
 * masked, and the composition root registers the secret values of the loaded configuration
 * (exchange key and secret, API password, tokens) so that a stray log line quoting one of them
 * still never shows it. Registered values shorter than four characters are ignored: masking
 * "1" everywhere would garble logs without protecting anything.
 */
public final class LogMasker {
    /** What a masked value is replaced with, as freqtrade writes it for db URLs. */
    public static final String MASK = "*****";

    private static final Pattern URL_PASSWORD = Pattern.compile("(?<=://)([^:/@\\s]*):([^@/\\s]+)@");
    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();

    private LogMasker() {
    }

    /** Registers a secret value to hide from every later log line. Blank or short values are ignored. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= 4) {
            SECRETS.add(secret.strip());
        }
    }

    /** Forgets all registered secrets (used when a configuration is reloaded). */
    public static void clear() {
        SECRETS.clear();
    }

    /** Returns the text with URL passwords and registered secrets replaced by {@value #MASK}. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text.indexOf("://") >= 0 ? URL_PASSWORD.matcher(text).replaceAll("$1:" + MASK + "@") : text;
        for (String secret : SECRETS) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }
}
