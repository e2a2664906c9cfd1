package dev.hertz.app.commands;

import dev.hertz.api.ui.FreqUiReleases;
import dev.hertz.api.ui.UiDirectory;
import dev.hertz.api.ui.UiInstallException;
import dev.hertz.api.ui.UiInstaller;
import dev.hertz.app.AppContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code install-ui}: installs FreqUI where the API server serves it from, downloaded from its
 * GitHub releases like freqtrade's command, or from a {@code freqUI.zip} / folder for machines
 * without internet access. A failed install changes nothing and exits with status 1.
 */
@Command(name = "install-ui", description = "Install FreqUI", mixinStandardHelpOptions = true,
        footer = "The UI goes to $HERTZ_UI_DIR, else $XDG_DATA_HOME/hertz/ui, else ~/.local/share/hertz/ui. "
                + "Set HERTZ_UI_RELEASES_URL to download from a mirror of the GitHub releases API.")
public final class InstallUiCommand implements Callable<Integer> {
    /** Environment variable naming another releases list URL (a mirror, or a test stand-in). */
    public static final String RELEASES_URL_ENV = "HERTZ_UI_RELEASES_URL";
    private static final Logger LOG = LoggerFactory.getLogger(InstallUiCommand.class);

    private final AppContext ctx;

    @Spec
    private CommandSpec spec;
    @Option(names = "--erase", description = "Clean UI folder, don't download new version.")
    private boolean erase;
    @Option(names = "--ui-version", paramLabel = "VERSION",
            description = "Specify a specific version of FreqUI to install. Not specifying this installs the latest version.")
    private String uiVersion;
    @Option(names = "--from-file", paramLabel = "PATH",
            description = "Install from a FreqUI release zip (freqUI.zip) instead of downloading it.")
    private Path fromFile;
    @Option(names = "--from-dir", paramLabel = "PATH",
            description = "Install a copy of a FreqUI build folder (an unpacked freqUI.zip) instead of downloading.")
    private Path fromDir;
    @Option(names = "--ui-dir", paramLabel = "PATH", description = "Install into this folder instead of the default.")
    private Path uiDir;
    @Option(names = "--force", description = "Download and install even when that version is installed already.")
    private boolean force;

    public InstallUiCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (fromFile != null && fromDir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Use either --from-file or --from-dir, not both.");
        }
        if (erase && (fromFile != null || fromDir != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--erase only removes the installed UI; it cannot be combined with --from-file or --from-dir.");
        }
        Path dir = uiDir != null ? ctx.cwd().resolve(uiDir).normalize() : UiDirectory.defaultLocation(ctx.env());
        try {
            UiInstaller installer = new UiInstaller(dir);
            if (erase) {
                report(installer.erase() ? "Erased UI directory content (" + dir + "). Not downloading new version."
                        : "No UI installed in " + dir + ", nothing to erase.");
                return 0;
            }
            UiInstaller.Result result;
            if (fromFile != null) {
                result = installer.installZip(ctx.cwd().resolve(fromFile), uiVersion);
            } else if (fromDir != null) {
                result = installer.installDirectory(ctx.cwd().resolve(fromDir), uiVersion);
            } else {
                result = installer.installRelease(new FreqUiReleases(releasesUrl()), uiVersion, force);
            }
            report(message(result));
            return 0;
        } catch (UiInstallException e) {
            LOG.error(e.getMessage());
            return 1;
        }
    }

    private static String message(UiInstaller.Result result) {
        if (!result.changed()) {
            return "UI already up-to-date, FreqUI Version " + result.version() + ".";
        }
        if (result.version().equals(UiInstaller.UNKNOWN_VERSION)) {
            return "Installed FreqUI into " + result.dir() + " (version unknown: pass --ui-version to record it).";
        }
        return "Installed FreqUI " + result.version() + " into " + result.dir() + ".";
    }

    private URI releasesUrl() {
        String configured = ctx.env().get(RELEASES_URL_ENV);
        if (configured == null || configured.isBlank()) {
            return FreqUiReleases.GITHUB_RELEASES;
        }
        try {
            URI url = new URI(configured.strip());
            if (!url.isAbsolute()) {
                throw new UiInstallException(RELEASES_URL_ENV + " must be an absolute http(s) URL, got '" + configured + "'.");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new UiInstallException(RELEASES_URL_ENV + " is not a valid URL: " + e.getMessage(), e);
        }
    }

    private void report(String message) {
        LOG.info(message);
        ctx.out().println(message);
    }
}
