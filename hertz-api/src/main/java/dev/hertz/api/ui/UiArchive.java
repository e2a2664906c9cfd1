package dev.hertz.api.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** File work for the installer: unpacking a release zip, copying a UI folder, deleting a tree. */
final class UiArchive {
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

    private UiArchive() {
    }

    /**
     * Unpacks {@code zip} into the empty directory {@code into}. Every entry name is checked before
     * anything is written, so a zip with one entry pointing outside (zip slip) writes nothing.
     *
     * @param label how error messages name the zip (its path, or the URL it was downloaded from)
     */
    static void extractZip(Path zip, String label, Path into) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zf.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                checkEntryName(label, entry.getName());
                entries.add(entry);
            }
            for (ZipEntry entry : entries) {
                Path target = into.resolve(entry.getName().replace('\\', '/')).normalize();
                if (!target.startsWith(into)) {
                    throw outside(label, entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zf.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (ZipException e) {
            throw new UiInstallException(label + " is not a valid zip archive (" + e.getMessage() + ").", e);
        }
    }

    private static void checkEntryName(String label, String name) {
        String normal = name.replace('\\', '/');
        if (normal.startsWith("/") || DRIVE_LETTER.matcher(normal).matches() || normal.indexOf('\0') >= 0) {
            throw outside(label, name);
        }
        for (String segment : normal.split("/")) {
            if (segment.equals("..")) {
                throw outside(label, name);
            }
        }
    }

    private static UiInstallException outside(String label, String entry) {
        return new UiInstallException("Refusing to install " + label + ": its entry '" + entry
                + "' points outside the UI directory.");
    }

    /**
     * Copies the UI folder {@code source} into {@code into}. Symlinks to files are copied as the
     * files they point to; symlinked folders are skipped, so a link cannot pull in a whole tree.
     */
    static void copyDirectory(Path source, Path into) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(into.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, into.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes {@code dir} and everything below it without following symlinks; a missing dir is fine. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
