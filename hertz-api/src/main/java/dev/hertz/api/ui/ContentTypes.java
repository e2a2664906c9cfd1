package dev.hertz.api.ui;

import java.util.Locale;
import java.util.Map;

/**
 * Content types of the files a FreqUI build contains, by file extension. A fixed table instead of
 * the JDK's {@code probeContentType}: that one asks the operating system, and a host with a broken
 * MIME database would make browsers refuse the UI's scripts, which is why freqtrade forces
 * {@code .js} to {@code application/javascript} too.
 */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json";
    static final String ICO = "image/vnd.microsoft.icon";
    private static final String DEFAULT = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", HTML),
            Map.entry("htm", HTML),
            Map.entry("js", "application/javascript"),
            Map.entry("mjs", "application/javascript"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", JSON),
            Map.entry("map", JSON),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", ICO),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("pdf", "application/pdf"));

    private ContentTypes() {
    }

    static String forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return DEFAULT;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), DEFAULT);
    }
}
