package dev.hertz.api.ui;

import io.javalin.http.Context;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The cache validators of one response ({@code ETag}, optionally {@code Last-Modified}) and the
 * conditional-GET check against them. Browsers revalidate FreqUI's {@code index.html} on every
 * load; a 304 saves sending it again.
 *
 * @param etag            quoted strong entity tag
 * @param lastModified    HTTP-date, or null when the content has no meaningful modification time
 * @param modifiedSeconds modification time in epoch seconds (HTTP-dates have no finer resolution)
 */
record Validators(String etag, String lastModified, long modifiedSeconds) {
    // RFC 9110 IMF-fixdate; DateTimeFormatter.RFC_1123_DATE_TIME writes single-digit days unpadded
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** Validators of a file: the tag changes whenever its size or modification time does. */
    static Validators of(long size, long modifiedMillis) {
        String etag = "\"" + Long.toHexString(modifiedMillis) + "-" + Long.toHexString(size) + "\"";
        Instant modified = Instant.ofEpochMilli(modifiedMillis);
        return new Validators(etag, HTTP_DATE.format(modified), modified.getEpochSecond());
    }

    /** Validators of content bundled in the jar: a tag from the bytes, no modification time. */
    static Validators ofContent(byte[] hash) {
        return new Validators("\"" + HexFormat.of().formatHex(hash, 0, Math.min(hash.length, 12)) + "\"", null, 0);
    }

    /**
     * When the request's {@code If-None-Match} (or, without one, {@code If-Modified-Since}) shows
     * the client's copy is current, answers 304 with the validators and returns true.
     */
    boolean answerNotModified(Context ctx) {
        String ifNoneMatch = ctx.header("If-None-Match");
        boolean current = ifNoneMatch != null ? matches(ifNoneMatch) : notModifiedSince(ctx.header("If-Modified-Since"));
        if (!current) {
            return false;
        }
        ctx.status(304).header("ETag", etag);
        if (lastModified != null) {
            ctx.header("Last-Modified", lastModified);
        }
        return true;
    }

    private boolean matches(String ifNoneMatch) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            // If-None-Match uses the weak comparison: W/"x" matches "x"
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private boolean notModifiedSince(String ifModifiedSince) {
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            long since = ZonedDateTime.parse(ifModifiedSince.trim(), HTTP_DATE).toEpochSecond();
            return modifiedSeconds <= since;
        } catch (DateTimeParseException e) {
            return false; // an unparseable date is ignored, as RFC 9110 asks
        }
    }
}
