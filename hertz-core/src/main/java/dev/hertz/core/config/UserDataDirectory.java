package dev.hertz.core.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code user_data_dir} layout: the directory must exist already (created by
 * {@code create-userdir}); its standard sub-folders and the data directory are created when
 * missing. Everything is checked before anything is created, so a problem leaves the disk as it was.
 */
public final class UserDataDirectory {

    /** Sub-folders every user data directory has. */
    static final List<String> SUB_DIRECTORIES = List.of("backtest_results", "data", "hyperopts",
            "hyperopt_results", "logs", "notebooks", "plot", "strategies", "freqaimodels");

    private static final Logger LOG = LoggerFactory.getLogger(UserDataDirectory.class);

    private UserDataDirectory() {
    }

    /**
     * Checks {@code userDataDir} and creates what is missing of its sub-folders and of {@code datadir}.
     *
     * @throws ConfigException when the directory is missing, a sub-folder name is taken by a file,
     *         or the directories cannot be created
     */
    static void prepare(Path userDataDir, Path datadir) {
        if (!Files.isDirectory(userDataDir)) {
            throw new ConfigException("Directory `" + userDataDir + "` does not exist. "
                    + "Please use `hertz create-userdir` to create a user directory");
        }
        List<Path> missing = new ArrayList<>();
        for (String name : SUB_DIRECTORIES) {
            Path sub = userDataDir.resolve(name);
            if (Files.isDirectory(sub)) {
                continue;
            }
            if (Files.exists(sub, LinkOption.NOFOLLOW_LINKS)) {
                throw new ConfigException("File `" + sub + "` exists already and is not a directory. "
                        + "Hertz requires this to be a directory.");
            }
            missing.add(sub);
        }
        if (Files.exists(datadir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(datadir)) {
            throw new ConfigException("Data directory `" + datadir + "` exists already and is not a directory.");
        }
        if (!missing.isEmpty() && !Files.isWritable(userDataDir)) {
            throw notWritable(userDataDir, missing.get(0));
        }
        for (Path sub : missing) {
            create(userDataDir, sub, false);
        }
        if (!Files.isDirectory(datadir)) {
            create(userDataDir, datadir, true);
            LOG.info("Created data directory: {}", datadir);
        }
    }

    /**
     * {@code create-userdir}: creates {@code userDataDir} (with parents) and its standard sub-folders.
     *
     * @throws ConfigException when a sub-folder name is taken by a file or the disk refuses
     */
    public static void create(Path userDataDir) {
        Path parent = userDataDir.toAbsolutePath().getParent();
        if (!Files.isDirectory(userDataDir)) {
            create(parent, userDataDir, true);
        }
        prepare(userDataDir, userDataDir.resolve("data"));
    }

    private static void create(Path userDataDir, Path directory, boolean withParents) {
        try {
            if (withParents) {
                Files.createDirectories(directory);
            } else {
                Files.createDirectory(directory);
            }
        } catch (AccessDeniedException e) {
            throw notWritable(userDataDir, directory);
        } catch (IOException e) {
            throw new ConfigException("Could not create directory `" + directory + "`: " + e, e);
        }
    }

    private static ConfigException notWritable(Path userDataDir, Path directory) {
        return new ConfigException("Could not create directory `" + directory + "`: permission denied. "
                + "Please make sure the user data directory `" + userDataDir + "` is writable.");
    }
}
