package dev.hertz.api.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds FreqUI-shaped zips for the installer tests; entry names are written exactly as given. */
final class UiZips {
    private UiZips() {
    }

    /** A minimal FreqUI build whose index.html names {@code marker}, with entries under {@code prefix}. */
    static Map<String, String> build(String prefix, String marker) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!prefix.isEmpty()) {
            entries.put(prefix, null);
        }
        entries.put(prefix + "index.html", "<html><body>FreqUI " + marker + "</body></html>");
        entries.put(prefix + "assets/", null);
        entries.put(prefix + "assets/index-" + marker + ".js", "console.log('" + marker + "');");
        entries.put(prefix + "favicon.ico", "icon");
        return entries;
    }

    /** Writes a zip; a null value makes a directory entry. */
    static Path write(Path file, Map<String, String> entries) {
        try {
            Files.write(file, bytes(entries));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
