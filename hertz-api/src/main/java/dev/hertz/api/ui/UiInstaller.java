package dev.hertz.api.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Installs FreqUI into a UI directory from a release zip, a folder, or a GitHub release, and erases
 * it. Every install is built in a hidden directory beside the target and swapped in by renames only
 * once it is complete and holds an {@code index.html}, so a failed install (bad zip, no network,
 * full disk) leaves the previous UI in place and working.
 */
public final class UiInstaller {
    /** Written to {@code .uiversion} when neither the caller nor the source names a version. */
    public static final String UNKNOWN_VERSION = "unknown";
    private static final Logger LOG = LoggerFactory.getLogger(UiInstaller.class);

    /**
     * @param dir     where the UI is (now) installed
     * @param version the version in its {@code .uiversion}
     * @param changed false when the requested release was already installed and nothing was done
     */
    public record Result(Path dir, String version, boolean changed) {
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Path staging) throws IOException;
    }

    private final Path uiDir;

    public UiInstaller(Path uiDir) {
        this.uiDir = uiDir.toAbsolutePath().normalize();
        if (this.uiDir.getParent() == null) {
            throw new UiInstallException("The UI directory cannot be the file system root.");
        }
    }

    public Path uiDir() {
        return uiDir;
    }

    /**
     * Installs a FreqUI build zip ({@code freqUI.zip}: {@code index.html} at its root, or inside one
     * top-level folder).
     *
     * @param version written to {@code .uiversion}; null to keep the zip's own {@code .uiversion} or
     *                {@value #UNKNOWN_VERSION}
     */
    public Result installZip(Path zip, String version) {
        Path source = zip.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new UiInstallException(source + " does not exist or is not a file.");
        }
        return install(source.toString(), into -> UiArchive.extractZip(source, source.toString(), into), version);
    }

    /** Installs a copy of a FreqUI build folder (for instance an unpacked {@code freqUI.zip}). */
    public Result installDirectory(Path dir, String version) {
        Path source = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new UiInstallException(source + " does not exist or is not a directory.");
        }
        if (overlaps(source)) {
            throw new UiInstallException("Cannot install from " + source + ": it overlaps the UI directory " + uiDir + ".");
        }
        return install(source.toString(), into -> UiArchive.copyDirectory(source, into), version);
    }

    /**
     * Downloads and installs a FreqUI release, unless that version is installed already and
     * {@code force} is false (then nothing changes and {@link Result#changed()} is false).
     *
     * @param version the release name, or null for the latest
     */
    public Result installRelease(FreqUiReleases releases, String version, boolean force) {
        UiRelease release = releases.find(version);
        if (!force && UiDirectory.installedVersion(uiDir).equals(Optional.of(release.version()))) {
            return new Result(uiDir, release.version(), false);
        }
        checkReplaceable();
        Path download = null;
        try {
            Files.createDirectories(uiDir.getParent());
            download = Files.createTempFile(uiDir.getParent(), "." + uiDir.getFileName() + ".download-", ".zip");
            releases.download(release, download);
            Path zip = download;
            return install(release.downloadUrl().toString(),
                    into -> UiArchive.extractZip(zip, release.downloadUrl().toString(), into), release.version());
        } catch (IOException e) {
            throw new UiInstallException("Could not download into " + uiDir.getParent() + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(download);
        }
    }

    /** Removes the installed UI; false when there was none. */
    public boolean erase() {
        if (!Files.exists(uiDir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        checkReplaceable();
        try {
            // rename first so the server never serves a half-deleted UI
            Path old = sibling("old");
            Files.move(uiDir, old, StandardCopyOption.ATOMIC_MOVE);
            UiArchive.deleteTree(old);
            return true;
        } catch (IOException e) {
            throw new UiInstallException("Could not remove " + uiDir + ": " + e.getMessage(), e);
        }
    }

    private Result install(String source, Filler filler, String version) {
        checkReplaceable();
        Path staging = null;
        try {
            Files.createDirectories(uiDir.getParent());
            staging = Files.createTempDirectory(uiDir.getParent(), "." + uiDir.getFileName() + ".new-");
            filler.fill(staging);
            Path root = locateRoot(staging, source);
            String installed = version != null && !version.isBlank() ? version.strip()
                    : UiDirectory.installedVersion(root).orElse(UNKNOWN_VERSION);
            Files.writeString(root.resolve(UiDirectory.VERSION_FILE), installed, StandardCharsets.UTF_8);
            swapIn(root);
            return new Result(uiDir, installed, true);
        } catch (IOException e) {
            throw new UiInstallException("Could not install the UI from " + source + " into " + uiDir + ": " + e, e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** The folder holding {@code index.html}: the top level, or the zip's single top-level folder. */
    private static Path locateRoot(Path staging, String source) throws IOException {
        if (Files.isRegularFile(staging.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
            return staging;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
            for (Path entry : entries) {
                // macOS's zip tool adds resource forks in __MACOSX beside the real folder
                if (!entry.getFileName().toString().equals("__MACOSX")) {
                    children.add(entry);
                }
            }
        }
        if (children.size() == 1 && Files.isDirectory(children.get(0), LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(children.get(0).resolve("index.html"), LinkOption.NOFOLLOW_LINKS)) {
            return children.get(0);
        }
        throw new UiInstallException(source + " holds no index.html (neither at its top level nor in a single "
                + "top-level folder), so it is not a FreqUI build.");
    }

    private void swapIn(Path root) throws IOException {
        if (!Files.exists(uiDir, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(root, uiDir, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        // two renames: the old UI is gone only for the instant between them, and comes back if the
        // second one fails
        Path old = sibling("old");
        Files.move(uiDir, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(root, uiDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(old, uiDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        try {
            UiArchive.deleteTree(old);
        } catch (IOException e) {
            LOG.warn("Installed the new UI, but could not remove the previous one at {}: {}", old, e.toString());
        }
    }

    /** Refuses to replace a path that is not a UI install, so a mistyped --ui-dir cannot wipe a folder. */
    private void checkReplaceable() {
        if (!Files.exists(uiDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(uiDir)) {
            throw new UiInstallException(uiDir + " exists and is not a directory; choose another UI directory.");
        }
        if (Files.exists(uiDir.resolve("index.html")) || Files.exists(uiDir.resolve(UiDirectory.VERSION_FILE))) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(uiDir)) {
            if (entries.iterator().hasNext()) {
                throw new UiInstallException(uiDir + " is not empty and holds no installed UI (no index.html or "
                        + UiDirectory.VERSION_FILE + "); refusing to replace it. Choose an empty or new UI directory.");
            }
        } catch (IOException e) {
            throw new UiInstallException("Could not read " + uiDir + ": " + e, e);
        }
    }

    private boolean overlaps(Path source) {
        try {
            Path realSource = source.toRealPath();
            Path target = Files.exists(uiDir) ? uiDir.toRealPath() : uiDir;
            return target.startsWith(realSource) || realSource.startsWith(target);
        } catch (IOException e) {
            return false;
        }
    }

    private Path sibling(String kind) {
        return uiDir.resolveSibling("." + uiDir.getFileName() + "." + kind + "-" + Long.toHexString(System.nanoTime()));
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            UiArchive.deleteTree(path);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary {}: {}", path, e.toString());
        }
    }
}
