package dev.hertz.api.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UiInstallerTest {
    @TempDir
    Path tmp;

    private Path uiDir() {
        return tmp.resolve("share/hertz/ui");
    }

    /** Everything beside the UI directory: a failed or finished install leaves no temp folders there. */
    private List<String> siblings() throws IOException {
        try (Stream<Path> list = Files.list(uiDir().getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertOldUiIntact() throws IOException {
        assertThat(Files.readString(uiDir().resolve("index.html"))).contains("FreqUI v1");
        assertThat(UiDirectory.installedVersion(uiDir())).hasValue("1.0.0");
        assertThat(siblings()).containsExactly("ui");
    }

    private UiInstaller installV1() {
        UiInstaller installer = new UiInstaller(uiDir());
        installer.installZip(UiZips.write(tmp.resolve("v1.zip"), UiZips.build("", "v1")), "1.0.0");
        return installer;
    }

    @Test
    void installsAZipWithFilesAtItsRoot() throws IOException {
        UiInstaller.Result result = new UiInstaller(uiDir())
                .installZip(UiZips.write(tmp.resolve("freqUI.zip"), UiZips.build("", "v2")), "2.1.0");
        assertThat(result).isEqualTo(new UiInstaller.Result(uiDir(), "2.1.0", true));
        assertThat(Files.readString(uiDir().resolve("index.html"))).contains("FreqUI v2");
        assertThat(Files.readString(uiDir().resolve("assets/index-v2.js"))).isEqualTo("console.log('v2');");
        assertThat(Files.readString(uiDir().resolve(".uiversion"))).isEqualTo("2.1.0");
        assertThat(siblings()).containsExactly("ui");
    }

    @Test
    void toleratesASingleTopLevelFolderAndMacResourceForks() throws IOException {
        Map<String, String> entries = UiZips.build("dist/", "v2");
        entries.put("__MACOSX/", null);
        entries.put("__MACOSX/dist/._index.html", "fork");
        new UiInstaller(uiDir()).installZip(UiZips.write(tmp.resolve("freqUI.zip"), entries), null);
        assertThat(Files.readString(uiDir().resolve("index.html"))).contains("FreqUI v2");
        assertThat(uiDir().resolve("assets/index-v2.js")).exists();
        assertThat(uiDir().resolve("dist")).doesNotExist();
        assertThat(UiDirectory.installedVersion(uiDir())).hasValue(UiInstaller.UNKNOWN_VERSION);
        assertThat(siblings()).containsExactly("ui");
    }

    @Test
    void replacesAnInstalledUiCompletely() throws IOException {
        UiInstaller installer = installV1();
        installer.installZip(UiZips.write(tmp.resolve("v2.zip"), UiZips.build("", "v2")), "2.0.0");
        assertThat(Files.readString(uiDir().resolve("index.html"))).contains("FreqUI v2");
        assertThat(uiDir().resolve("assets/index-v1.js")).doesNotExist();
        assertThat(UiDirectory.installedVersion(uiDir())).hasValue("2.0.0");
        assertThat(siblings()).containsExactly("ui");
    }

    @Test
    void aZipWithoutIndexHtmlKeepsTheOldUi() throws IOException {
        UiInstaller installer = installV1();
        Path zip = UiZips.write(tmp.resolve("other.zip"), Map.of("README.md", "hello", "docs/a.txt", "a"));
        assertThatThrownBy(() -> installer.installZip(zip, "2.0.0"))
                .isInstanceOf(UiInstallException.class)
                .hasMessageContaining(zip.toString()).hasMessageContaining("no index.html");
        assertOldUiIntact();
    }

    @Test
    void aFileThatIsNotAZipKeepsTheOldUi() throws IOException {
        UiInstaller installer = installV1();
        Path notZip = Files.writeString(tmp.resolve("freqUI.zip"), "<html>404 from a proxy</html>");
        assertThatThrownBy(() -> installer.installZip(notZip, null))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("is not a valid zip archive");
        assertThatThrownBy(() -> installer.installZip(tmp.resolve("missing.zip"), null))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("missing.zip does not exist");
        assertOldUiIntact();
    }

    @Test
    void refusesZipSlipEntriesAndWritesNothing() throws IOException {
        UiInstaller installer = installV1();
        for (String evil : new String[] {"../evil.txt", "assets/../../evil.txt", "/tmp/evil.txt", "..\\evil.txt",
                "C:/evil.txt"}) {
            Map<String, String> entries = new LinkedHashMap<>(UiZips.build("", "v2"));
            entries.put(evil, "pwned");
            Path zip = UiZips.write(tmp.resolve("slip.zip"), entries);
            assertThatThrownBy(() -> installer.installZip(zip, "2.0.0"))
                    .as(evil).isInstanceOf(UiInstallException.class)
                    .hasMessageContaining("entry '" + evil + "' points outside the UI directory");
            assertOldUiIntact();
        }
        assertThat(tmp.resolve("share/hertz/evil.txt")).doesNotExist();
        assertThat(tmp.resolve("share/evil.txt")).doesNotExist();
    }

    @Test
    void installsACopyOfAFolderKeepingItsVersionFile() throws IOException {
        Path source = tmp.resolve("frequi-dist");
        Files.createDirectories(source.resolve("assets"));
        Files.writeString(source.resolve("index.html"), "<html>FreqUI folder</html>");
        Files.writeString(source.resolve("assets/app.js"), "app");
        Files.writeString(source.resolve(".uiversion"), "2.0.5\n");
        Path outsideFile = Files.writeString(tmp.resolve("linked.css"), "linked");
        Files.createSymbolicLink(source.resolve("assets/linked.css"), outsideFile);
        Files.createSymbolicLink(source.resolve("home"), tmp);

        UiInstaller.Result result = new UiInstaller(uiDir()).installDirectory(source, null);
        assertThat(result.version()).isEqualTo("2.0.5");
        assertThat(Files.readString(uiDir().resolve("assets/app.js"))).isEqualTo("app");
        assertThat(Files.isSymbolicLink(uiDir().resolve("assets/linked.css"))).isFalse();
        assertThat(Files.readString(uiDir().resolve("assets/linked.css"))).isEqualTo("linked");
        assertThat(uiDir().resolve("home")).doesNotExist();
        assertThat(Files.readString(source.resolve(".uiversion"))).isEqualTo("2.0.5\n");

        assertThat(new UiInstaller(uiDir()).installDirectory(source, "9.9.9").version()).isEqualTo("9.9.9");
        assertThat(UiDirectory.installedVersion(uiDir())).hasValue("9.9.9");
    }

    @Test
    void refusesFoldersThatOverlapTheUiDirectory() throws IOException {
        installV1();
        UiInstaller installer = new UiInstaller(uiDir());
        assertThatThrownBy(() -> installer.installDirectory(uiDir(), null))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("overlaps the UI directory");
        assertThatThrownBy(() -> installer.installDirectory(tmp, null))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("overlaps the UI directory");
        assertThatThrownBy(() -> installer.installDirectory(tmp.resolve("nope"), null))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("does not exist or is not a directory");
        assertOldUiIntact();
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAUi() throws IOException {
        Path precious = tmp.resolve("documents");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.txt"), "years of work");
        UiInstaller installer = new UiInstaller(precious);
        Path zip = UiZips.write(tmp.resolve("freqUI.zip"), UiZips.build("", "v2"));
        assertThatThrownBy(() -> installer.installZip(zip, "2.0.0"))
                .isInstanceOf(UiInstallException.class).hasMessageContaining("holds no installed UI");
        assertThatThrownBy(installer::erase)
                .isInstanceOf(UiInstallException.class).hasMessageContaining("holds no installed UI");
        assertThat(Files.readString(precious.resolve("thesis.txt"))).isEqualTo("years of work");
        assertThat(precious.resolve("index.html")).doesNotExist();
    }

    @Test
    void eraseRemovesTheUi() throws IOException {
        UiInstaller installer = installV1();
        assertThat(installer.erase()).isTrue();
        assertThat(uiDir()).doesNotExist();
        assertThat(siblings()).isEmpty();
        assertThat(installer.erase()).isFalse();
    }

    @Test
    void defaultLocationFollowsHertzUiDirThenXdgThenHome() {
        assertThat(UiDirectory.defaultLocation(Map.of("HERTZ_UI_DIR", "/opt/frequi", "XDG_DATA_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/opt/frequi"));
        assertThat(UiDirectory.defaultLocation(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/x/hertz/ui"));
        assertThat(UiDirectory.defaultLocation(Map.of("XDG_DATA_HOME", "relative/ignored", "HOME", "/h")))
                .isEqualTo(Path.of("/h/.local/share/hertz/ui"));
        assertThat(UiDirectory.defaultLocation(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.local/share/hertz/ui"));
    }
}
