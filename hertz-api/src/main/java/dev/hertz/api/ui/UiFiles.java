package dev.hertz.api.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the installed FreqUI and the pages around it (freqtrade's {@code web_ui.py} routes): the
 * bundled favicon and fallback page, {@code /ui_version}, and the catch-all that hands out real
 * files, {@code index.html} for the UI's client-side routes, or the fallback page when no UI is
 * installed. The UI directory is looked at on every request, so {@code install-ui} run while the
 * server is up takes effect on the next page load.
 */
public final class UiFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NOT_FOUND = "{\"detail\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);

    private final Path installedDir;
    private final BundledFile favicon;
    private final BundledFile fallback;

    /** @param installedDir the directory {@code install-ui} fills; it need not exist yet */
    public UiFiles(Path installedDir) {
        this.installedDir = installedDir.toAbsolutePath().normalize();
        this.favicon = BundledFile.load("favicon.ico", ContentTypes.ICO);
        this.fallback = BundledFile.load("fallback.html", ContentTypes.HTML);
    }

    /** The directory the UI is served from. */
    public Path installedDir() {
        return installedDir;
    }

    /** {@code GET /favicon.ico}: the bundled icon, whether or not a UI is installed. */
    public void favicon(Context ctx) {
        favicon.send(ctx);
    }

    /** {@code GET /fallback_file.html}: the page explaining that no UI is installed and how to install one. */
    public void fallback(Context ctx) {
        fallback.send(ctx);
    }

    /** {@code GET /ui_version}: {@code {"version": "<.uiversion>"}} or {@code "not_installed"}. */
    public void version(Context ctx) {
        String version = UiDirectory.installedVersion(installedDir).orElse("not_installed");
        try {
            json(ctx, 200, JSON.writeValueAsBytes(Map.of("version", version)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code GET /{path}}: the file at {@code path} if it is a regular file inside the UI directory,
     * else {@code index.html} (FreqUI routes in the browser), else the fallback page.
     *
     * @param path the request path without its leading {@code /}, already URL-decoded; a path that
     *             is still absolute (more slashes) never names a file and gets {@code index.html}
     */
    public void serve(Context ctx, String path) {
        String relative = path == null ? "" : path;
        if (relative.startsWith("api") || relative.startsWith(".")) {
            // unknown API paths and dot-files are never UI pages; callers route these away, this is the backstop
            json(ctx, 404, NOT_FOUND);
            return;
        }
        Optional<Path> root = realRoot();
        Optional<Path> file = root.flatMap(r -> fileInside(r, relative))
                .or(() -> root.flatMap(r -> fileInside(r, "index.html")));
        if (file.isPresent() && StaticFile.send(ctx, file.get())) {
            return;
        }
        fallback.send(ctx);
    }

    private Optional<Path> realRoot() {
        try {
            return Files.isDirectory(installedDir) ? Optional.of(installedDir.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The real path of {@code relative} when it names a regular file inside {@code root} once
     * {@code ..}, repeated slashes and symlinks are resolved; empty for anything else, including a
     * symlink that leads out of the UI directory.
     */
    static Optional<Path> fileInside(Path root, String relative) {
        try {
            Path real = root.resolve(relative).toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    static void json(Context ctx, int status, byte[] body) {
        ctx.status(status)
                .contentType(ContentTypes.JSON)
                .header("Content-Length", Integer.toString(body.length))
                .disableCompression()
                .result(body);
    }
}
