package dev.hertz.app;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class InstallUiCommandTest {
    @TempDir
    Path dir;

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] freqUi(String marker) throws IOException {
        return zip(Map.of("index.html", "<html>FreqUI " + marker + "</html>", "assets/app.js", marker));
    }

    private CliRunner runner() {
        // HOME points into the temp dir so the default location never touches the real user's files
        return new CliRunner(dir).env(Map.of("HOME", dir.resolve("home").toString()));
    }

    private Path defaultUi() {
        return dir.resolve("home/.local/share/hertz/ui");
    }

    @Test
    void installsFromAFileIntoTheDefaultLocationAndErases() throws IOException {
        Files.write(dir.resolve("freqUI.zip"), freqUi("offline"));
        CliRunner.Result r = runner().run("install-ui", "--from-file", "freqUI.zip", "--ui-version", "2.1.0");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Installed FreqUI 2.1.0 into " + defaultUi() + ".");
        assertThat(Files.readString(defaultUi().resolve("index.html"))).contains("FreqUI offline");
        assertThat(Files.readString(defaultUi().resolve(".uiversion"))).isEqualTo("2.1.0");

        CliRunner.Result erased = runner().run("install-ui", "--erase");
        assertThat(erased.exitCode()).isZero();
        assertThat(erased.out()).contains("Erased UI directory content");
        assertThat(defaultUi()).doesNotExist();
        assertThat(runner().run("install-ui", "--erase").out()).contains("nothing to erase");
    }

    @Test
    void installsFromAFolderIntoAGivenUiDir() throws IOException {
        Path source = dir.resolve("dist");
        Files.createDirectories(source);
        Files.writeString(source.resolve("index.html"), "<html>FreqUI folder</html>");
        CliRunner.Result r = runner().run("install-ui", "--from-dir", "dist", "--ui-dir", "webui");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Installed FreqUI into " + dir.resolve("webui") + " (version unknown");
        assertThat(Files.readString(dir.resolve("webui/index.html"))).contains("FreqUI folder");
    }

    @Test
    void badInputIsAClearErrorAndChangesNothing() throws IOException {
        Files.write(dir.resolve("good.zip"), freqUi("good"));
        assertThat(runner().run("install-ui", "--from-file", "good.zip", "--ui-version", "1.0.0").exitCode()).isZero();

        CliRunner.Result missing = runner().run("install-ui", "--from-file", "nope.zip");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.log()).contains("nope.zip does not exist");

        Files.writeString(dir.resolve("page.zip"), "<html>not a zip</html>");
        CliRunner.Result notZip = runner().run("install-ui", "--from-file", "page.zip");
        assertThat(notZip.exitCode()).isEqualTo(1);
        assertThat(notZip.log()).contains("page.zip is not a valid zip archive");

        Files.write(dir.resolve("docs.zip"), zip(Map.of("README.md", "docs only")));
        CliRunner.Result noIndex = runner().run("install-ui", "--from-file", "docs.zip");
        assertThat(noIndex.exitCode()).isEqualTo(1);
        assertThat(noIndex.log()).contains("holds no index.html");

        Files.write(dir.resolve("slip.zip"), zip(Map.of("index.html", "x", "../../evil.sh", "rm -rf")));
        CliRunner.Result slip = runner().run("install-ui", "--from-file", "slip.zip");
        assertThat(slip.exitCode()).isEqualTo(1);
        assertThat(slip.log()).contains("entry '../../evil.sh' points outside the UI directory");

        assertThat(Files.readString(defaultUi().resolve("index.html"))).contains("FreqUI good");
        assertThat(Files.readString(defaultUi().resolve(".uiversion"))).isEqualTo("1.0.0");
        try (var left = Files.list(defaultUi().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ui");
        }
    }

    @Test
    void conflictingSourcesAreAUsageError() {
        CliRunner.Result r = runner().run("install-ui", "--from-file", "a.zip", "--from-dir", "b");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(defaultUi()).doesNotExist();
    }

    @Test
    void downloadsFromTheReleasesListAndSkipsAnInstalledVersion() throws IOException {
        byte[] release = freqUi("downloaded");
        AtomicInteger downloads = new AtomicInteger();
        HttpServer github = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + github.getAddress().getPort();
        github.createContext("/repos/freqtrade/frequi/releases", exchange -> {
            byte[] body = ("[{\"name\":\"2.1.0\",\"tag_name\":\"2.1.0\",\"assets\":[{\"name\":\"freqUI.zip\","
                    + "\"browser_download_url\":\"" + base + "/freqUI.zip\"}]}]").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        github.createContext("/freqUI.zip", exchange -> {
            downloads.incrementAndGet();
            exchange.sendResponseHeaders(200, release.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(release);
            }
        });
        github.start();
        try {
            CliRunner cli = new CliRunner(dir).env(Map.of("HOME", dir.resolve("home").toString(),
                    "HERTZ_UI_RELEASES_URL", base + "/repos/freqtrade/frequi/releases"));
            CliRunner.Result first = cli.run("install-ui");
            assertThat(first.exitCode()).isZero();
            assertThat(first.out()).contains("Installed FreqUI 2.1.0 into " + defaultUi() + ".");
            assertThat(first.log()).contains("Downloading " + base + "/freqUI.zip");
            assertThat(Files.readString(defaultUi().resolve("index.html"))).contains("FreqUI downloaded");

            CliRunner.Result second = cli.run("install-ui");
            assertThat(second.exitCode()).isZero();
            assertThat(second.out()).contains("UI already up-to-date, FreqUI Version 2.1.0.");
            assertThat(downloads.get()).isEqualTo(1);

            CliRunner.Result unknown = cli.run("install-ui", "--ui-version", "9.9.9");
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(unknown.log()).contains("UI-Version not found.");
            assertThat(Files.readString(defaultUi().resolve(".uiversion"))).isEqualTo("2.1.0");
        } finally {
            github.stop(0);
        }
    }
}
