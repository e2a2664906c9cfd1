package dev.hertz.api.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Installing a release through a loopback stand-in for GitHub's API. */
class FreqUiReleasesTest {
    @TempDir
    Path tmp;
    private ReleaseServer github;
    private FreqUiReleases releases;
    private UiInstaller installer;

    @BeforeEach
    void start() throws IOException {
        github = new ReleaseServer();
        github.zip("2.1.0", UiZips.bytes(UiZips.build("", "v210")));
        github.zip("2.0.0", UiZips.bytes(UiZips.build("", "v200")));
        github.releases("[" + github.release("2.1.0", true) + "," + github.release("2.0.0", true) + "]", 200);
        releases = new FreqUiReleases(github.releasesUrl());
        installer = new UiInstaller(tmp.resolve("ui"));
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private String index() throws IOException {
        return Files.readString(tmp.resolve("ui/index.html"));
    }

    @Test
    void findsTheLatestOrANamedRelease() {
        assertThat(releases.find(null)).isEqualTo(
                new UiRelease("2.1.0", github.base().resolve("/download/2.1.0/freqUI.zip")));
        assertThat(releases.find("2.0.0").version()).isEqualTo("2.0.0");
        assertThatThrownBy(() -> releases.find("0.0.1"))
                .isInstanceOf(UiInstallException.class).hasMessage("UI-Version not found.");
    }

    @Test
    void installsTheLatestReleaseFollowingTheStorageRedirect() throws IOException {
        UiInstaller.Result result = installer.installRelease(releases, null, false);
        assertThat(result).isEqualTo(new UiInstaller.Result(tmp.resolve("ui"), "2.1.0", true));
        assertThat(index()).contains("FreqUI v210");
        assertThat(Files.readString(tmp.resolve("ui/.uiversion"))).isEqualTo("2.1.0");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ui");
        }
    }

    @Test
    void skipsTheDownloadWhenThatVersionIsInstalledUnlessForced() throws IOException {
        installer.installRelease(releases, "2.0.0", false);
        assertThat(github.downloads()).isEqualTo(1);

        UiInstaller.Result again = installer.installRelease(releases, "2.0.0", false);
        assertThat(again.changed()).isFalse();
        assertThat(again.version()).isEqualTo("2.0.0");
        assertThat(github.downloads()).isEqualTo(1);

        assertThat(installer.installRelease(releases, "2.0.0", true).changed()).isTrue();
        assertThat(github.downloads()).isEqualTo(2);

        installer.installRelease(releases, null, false);
        assertThat(index()).contains("FreqUI v210");
        assertThat(github.downloads()).isEqualTo(3);
    }

    @Test
    void asksTheAssetListWhenTheReleaseListCameWithoutAssets() {
        github.releases("[" + github.release("2.1.0", false) + "]", 200);
        assertThat(releases.find(null).downloadUrl()).isEqualTo(github.base().resolve("/download/2.1.0/freqUI.zip"));
    }

    @Test
    void aFailedDownloadKeepsTheInstalledUi() throws IOException {
        installer.installRelease(releases, "2.0.0", false);
        github.releases("[" + github.release("3.0.0", true) + "]", 200);
        assertThatThrownBy(() -> installer.installRelease(releases, null, false))
                .isInstanceOf(UiInstallException.class)
                .hasMessageContaining("Could not download FreqUI 3.0.0").hasMessageContaining("HTTP 404");
        assertThat(index()).contains("FreqUI v200");
        assertThat(UiDirectory.installedVersion(tmp.resolve("ui"))).hasValue("2.0.0");

        github.zip("3.0.0", "<html>not a zip</html>".getBytes());
        assertThatThrownBy(() -> installer.installRelease(releases, null, false))
                .isInstanceOf(UiInstallException.class)
                .hasMessageContaining("/download/3.0.0/freqUI.zip is not a valid zip archive");
        assertThat(index()).contains("FreqUI v200");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ui");
        }
    }

    @Test
    void apiErrorsAndUnreachableServersAreExplained() throws IOException {
        github.releases("{\"message\":\"API rate limit exceeded for 127.0.0.1.\"}", 403);
        assertThatThrownBy(() -> releases.find(null))
                .isInstanceOf(UiInstallException.class)
                .hasMessageContaining("Could not list FreqUI releases").hasMessageContaining("HTTP 403")
                .hasMessageContaining("API rate limit exceeded");

        github.releases("<html>captive portal</html>", 200);
        assertThatThrownBy(() -> releases.find(null))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("did not answer with JSON");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        FreqUiReleases offline = new FreqUiReleases(URI.create("http://127.0.0.1:" + closedPort + "/releases"));
        assertThatThrownBy(() -> offline.find(null))
                .isInstanceOf(UiInstallException.class)
                .hasMessageContaining("Could not list FreqUI releases")
                .hasMessageContaining("--from-file freqUI.zip");
    }
}
