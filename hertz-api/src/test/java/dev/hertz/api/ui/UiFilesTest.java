package dev.hertz.api.ui;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI routes over a real Javalin server on a loopback port, wired the way the API server wires them. */
class UiFilesTest {
    private static final String INDEX = "<!doctype html><html><body><div id=app>FreqUI index</div></body></html>";

    @TempDir
    Path tmp;
    private Path uiDir;
    private Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        uiDir = tmp.resolve("ui");
        UiFiles ui = new UiFiles(uiDir);
        app = Javalin.create()
                .get("/favicon.ico", ui::favicon)
                .get("/fallback_file.html", ui::fallback)
                .get("/ui_version", ui::version)
                .get("/probe", ctx -> ui.serve(ctx, ctx.queryParam("path")))
                .get("/", ctx -> ui.serve(ctx, ""))
                .get("/<path>", ctx -> ui.serve(ctx, ctx.pathParam("path")))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<byte[]> get(String rawPath, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + rawPath));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The Content-Type without optional whitespace: Jetty writes its known types as {@code text/html;charset=utf-8}. */
    private static String type(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }

    private void installUi() throws IOException {
        Files.createDirectories(uiDir.resolve("assets"));
        Files.writeString(uiDir.resolve("index.html"), INDEX);
        Files.writeString(uiDir.resolve("assets/index-abc123.js"), "console.log('freqUI');");
        Files.writeString(uiDir.resolve("assets/index-abc123.css"), "body{color:red}");
        Files.writeString(uiDir.resolve("assets/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Files.write(uiDir.resolve("assets/font.woff2"), new byte[] {'w', 'O', 'F', '2', 0, 1});
        Files.writeString(uiDir.resolve("manifest.webmanifest"), "{\"name\":\"FreqUI\"}");
        Files.writeString(uiDir.resolve("assets/index-abc123.js.map"), "{\"version\":3}");
        Files.writeString(uiDir.resolve(".uiversion"), "2.1.0\n");
    }

    @Test
    void withoutAnInstalledUiEveryPageIsTheFallback() throws Exception {
        for (String path : new String[] {"/", "/trade", "/assets/index.js", "/fallback_file.html"}) {
            HttpResponse<byte[]> response = get(path);
            System.out.println("STATUS " + path + " " + response.statusCode() + " " + text(response).substring(0, Math.min(60, text(response).length())));
            assertThat(type(response)).as(path).isEqualTo("text/html;charset=utf-8");
            assertThat(text(response)).as(path).contains("UI not installed").contains("bin/hertz install-ui")
                    .contains("href=\"/docs\"").contains("/api/v1/ping");
        }
        HttpResponse<byte[]> version = get("/ui_version");
        assertThat(version.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(text(version)).isEqualTo("{\"version\":\"not_installed\"}");
    }

    @Test
    void servesRealFilesWithTheirContentTypesAndValidators() throws Exception {
        installUi();
        HttpResponse<byte[]> js = get("/assets/index-abc123.js", "Accept-Encoding", "gzip");
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(text(js)).isEqualTo("console.log('freqUI');");
        assertThat(type(js)).isEqualTo("application/javascript");
        assertThat(js.headers().firstValue("Content-Length")).hasValue("22");
        assertThat(js.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(js.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]+-16\""));
        assertThat(js.headers().firstValue("Last-Modified")).hasValueSatisfying(
                date -> assertThat(date).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"));
        assertThat(js.headers().firstValue("Cache-Control")).isEmpty();

        assertThat(type(get("/assets/index-abc123.css"))).isEqualTo("text/css;charset=utf-8");
        assertThat(type(get("/assets/logo.svg"))).isEqualTo("image/svg+xml");
        assertThat(type(get("/assets/font.woff2"))).isEqualTo("font/woff2");
        assertThat(type(get("/manifest.webmanifest"))).isEqualTo("application/manifest+json");
        assertThat(type(get("/assets/index-abc123.js.map"))).isEqualTo("application/json");
        HttpResponse<byte[]> index = get("/index.html");
        assertThat(type(index)).isEqualTo("text/html;charset=utf-8");
        assertThat(text(index)).isEqualTo(INDEX);
    }

    @Test
    void spaRoutesAndUnknownPathsGetIndexHtml() throws Exception {
        installUi();
        for (String path : new String[] {"/", "/trade", "/dashboard", "/backtest", "/pairlist_config", "/no/such/page",
                "/assets/", "/assets/missing.js"}) {
            HttpResponse<byte[]> response = get(path);
            System.out.println("STATUS " + path + " " + response.statusCode() + " " + text(response).substring(0, Math.min(60, text(response).length())));
            assertThat(type(response)).as(path).isEqualTo("text/html;charset=utf-8");
            assertThat(text(response)).as(path).isEqualTo(INDEX);
        }
        assertThat(text(get("/ui_version"))).isEqualTo("{\"version\":\"2.1.0\"}");
    }

    @Test
    void traversalNeverLeavesTheUiDirectory() throws Exception {
        installUi();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "top secret");
        Files.createSymbolicLink(uiDir.resolve("assets/leak.txt"), secret);
        Files.createSymbolicLink(uiDir.resolve("outside"), tmp);
        for (String path : new String[] {"/%2F%2F%2Fetc/passwd", "/%2F%2F%2F" + secret.toString().substring(1),
                "/assets/leak.txt", "/outside/secret.txt"}) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(text(response)).as(path).isEqualTo(INDEX);
        }
        // Jetty itself refuses a path whose decoded form climbs above the root, before any handler runs
        for (String path : new String[] {"/..%2F..%2Fetc/passwd", "/assets/..%2F..%2Fsecret.txt", "/%2e%2e/secret.txt"}) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(text(response)).as(path).doesNotContain("top secret").doesNotContain("root:");
        }
        // serve() is safe on its own too: hand it decoded paths no URL could carry past Jetty
        for (String path : new String[] {"assets/../../secret.txt", "assets/../../../../../etc/passwd", secret.toString(),
                "//" + secret, "assets/leak.txt", "outside/secret.txt", "assets/\0.js"}) {
            HttpResponse<byte[]> response = get("/probe?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(text(response)).as(path).isEqualTo(INDEX);
        }
        // a leading dot is rule 1 (404) before any file lookup
        assertThat(get("/probe?path=../secret.txt").statusCode()).isEqualTo(404);
        // a symlink that stays inside the UI directory is an ordinary file
        Files.createSymbolicLink(uiDir.resolve("assets/alias.js"), uiDir.resolve("assets/index-abc123.js"));
        assertThat(text(get("/assets/alias.js"))).isEqualTo("console.log('freqUI');");
        assertThat(text(get("/probe?path=assets/../assets/alias.js"))).isEqualTo("console.log('freqUI');");
    }

    @Test
    void traversalWithoutAnInstalledUiGetsTheFallback() throws Exception {
        HttpResponse<byte[]> response = get("/%2F%2F%2Fetc/passwd");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(text(response)).contains("UI not installed").doesNotContain("root:");
    }

    @Test
    void answersIfNoneMatchWith304() throws Exception {
        installUi();
        HttpResponse<byte[]> first = get("/assets/index-abc123.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get("/assets/index-abc123.js", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        assertThat(get("/assets/index-abc123.js", "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
        assertThat(get("/assets/index-abc123.js", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        // a changed file gets a new tag, so the stale one no longer matches
        Files.writeString(uiDir.resolve("assets/index-abc123.js"), "console.log('freqUI v2');");
        Files.setLastModifiedTime(uiDir.resolve("assets/index-abc123.js"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        HttpResponse<byte[]> changed = get("/assets/index-abc123.js", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(text(changed)).isEqualTo("console.log('freqUI v2');");
        assertThat(changed.headers().firstValue("Last-Modified")).hasValue("Tue, 01 Jan 2030 00:00:00 GMT");
        assertThat(get("/assets/index-abc123.js", "If-Modified-Since", "Tue, 01 Jan 2030 00:00:00 GMT").statusCode())
                .isEqualTo(304);
        assertThat(get("/assets/index-abc123.js", "If-Modified-Since", "Mon, 31 Dec 2029 23:59:59 GMT").statusCode())
                .isEqualTo(200);
    }

    @Test
    void faviconIsBundledAndServedEvenWithAnInstalledUi() throws Exception {
        installUi();
        Files.writeString(uiDir.resolve("favicon.ico"), "not the bundled one");
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(type(icon)).isEqualTo("image/vnd.microsoft.icon");
        // ICONDIR header: reserved 0, type 1 (icon), at least one image
        assertThat(Arrays.copyOf(icon.body(), 4)).containsExactly(0, 0, 1, 0);
        assertThat(icon.body()[4]).isPositive();
        assertThat(icon.headers().firstValue("Content-Length")).hasValue(Integer.toString(icon.body().length));
        String etag = icon.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/favicon.ico", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void apiAndDotPathsAreNotFoundJson() throws Exception {
        installUi();
        for (String path : new String[] {"/api/v1/nothing", "/apiXYZ", "/.uiversion", "/.well-known/security.txt"}) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/json");
            assertThat(text(response)).as(path).isEqualTo("{\"detail\":\"Not Found\"}");
        }
    }

    @Test
    void largeFilesStreamWithExactLength() throws Exception {
        installUi();
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Files.write(uiDir.resolve("assets/vendor.js"), big);
        HttpResponse<byte[]> response = get("/assets/vendor.js", "Accept-Encoding", "gzip, br");
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(big.length));
        assertThat(response.body()).isEqualTo(big);
    }

    @Test
    void versionFileIsTrimmedAndEscaped() throws Exception {
        Files.createDirectories(uiDir);
        Files.writeString(uiDir.resolve(".uiversion"), "  2.2.0 \"beta\"\n");
        assertThat(text(get("/ui_version"))).isEqualTo("{\"version\":\"2.2.0 \\\"beta\\\"\"}");
    }
}
