package dev.hertz.api.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * FreqUI's GitHub releases: finds a release (the newest, or one by name) and downloads its
 * {@code freqUI.zip} asset. The releases URL is a constructor argument so tests (and mirrors) can
 * point it at another server speaking the same JSON.
 */
public final class FreqUiReleases {
    /** GitHub's list of FreqUI releases, newest first; freqtrade's {@code install-ui} reads the same list. */
    public static final URI GITHUB_RELEASES = URI.create("https://api.github.com/repos/freqtrade/frequi/releases");
    static final String ASSET_NAME = "freqUI.zip";

    private static final Logger LOG = LoggerFactory.getLogger(FreqUiReleases.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI releasesUrl;

    public FreqUiReleases(HttpClient http, URI releasesUrl) {
        this.http = http;
        this.releasesUrl = releasesUrl;
    }

    /** A client with a connect timeout that follows GitHub's redirect from the asset URL to its storage. */
    public FreqUiReleases(URI releasesUrl) {
        this(HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build(),
                releasesUrl);
    }

    /**
     * The release named {@code version} ({@code null}: the first listed, which GitHub orders newest first).
     *
     * @throws UiInstallException {@code UI-Version not found.} for an unknown version, or when the list
     *                            cannot be fetched or read
     */
    public UiRelease find(String version) {
        JsonNode releases = getJson(releasesUrl, "list FreqUI releases");
        if (!releases.isArray() || releases.isEmpty()) {
            throw new UiInstallException("No FreqUI releases listed at " + releasesUrl + ".");
        }
        JsonNode release = version == null ? releases.get(0) : named(releases, version);
        if (release == null) {
            throw new UiInstallException("UI-Version not found.");
        }
        String name = text(release, "name");
        String releaseVersion = name.isBlank() ? text(release, "tag_name") : name;
        JsonNode assets = release.path("assets");
        if (assets.isEmpty() && !text(release, "assets_url").isBlank()) {
            // freqtrade's fallback when the list came without assets: ask the release's own asset list
            assets = getJson(resolve(text(release, "assets_url")), "list the assets of FreqUI " + releaseVersion);
        }
        return new UiRelease(releaseVersion, resolve(downloadUrl(assets, releaseVersion)));
    }

    /** Downloads the release's zip to {@code target} (created or overwritten). */
    public void download(UiRelease release, Path target) {
        LOG.info("Downloading {}", release.downloadUrl());
        HttpRequest request = request(release.downloadUrl()).header("Accept", "application/octet-stream").build();
        HttpResponse<Path> response = send(request, HttpResponse.BodyHandlers.ofFile(target,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                "download FreqUI " + release.version());
        if (response.statusCode() != 200) {
            throw new UiInstallException("Could not download FreqUI " + release.version() + " from "
                    + release.downloadUrl() + ": HTTP " + response.statusCode() + ".");
        }
    }

    private static JsonNode named(JsonNode releases, String version) {
        for (JsonNode release : releases) {
            if (version.equals(text(release, "name")) || version.equals(text(release, "tag_name"))) {
                return release;
            }
        }
        return null;
    }

    private static String downloadUrl(JsonNode assets, String version) {
        String anyZip = null;
        for (JsonNode asset : assets) {
            String url = text(asset, "browser_download_url");
            if (ASSET_NAME.equals(text(asset, "name")) && !url.isBlank()) {
                return url;
            }
            if (anyZip == null && text(asset, "name").endsWith(".zip") && !url.isBlank()) {
                anyZip = url;
            }
        }
        if (anyZip == null) {
            throw new UiInstallException("FreqUI release " + version + " has no " + ASSET_NAME + " to download.");
        }
        return anyZip;
    }

    private JsonNode getJson(URI url, String what) {
        HttpRequest request = request(url).header("Accept", "application/vnd.github+json").build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(), what);
        if (response.statusCode() != 200) {
            // GitHub answers 403 with a JSON message when the unauthenticated rate limit is used up
            String body = response.body() == null ? "" : response.body().strip();
            throw new UiInstallException("Could not " + what + " from " + url + ": HTTP " + response.statusCode()
                    + (body.isEmpty() ? "" : " " + abbreviate(body)) + ".");
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UiInstallException("Could not " + what + ": " + url + " did not answer with JSON.", e);
        }
    }

    private HttpRequest.Builder request(URI url) {
        return HttpRequest.newBuilder(url).timeout(TIMEOUT).header("User-Agent", "hertz-install-ui");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String what) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UiInstallException("Could not " + what + " from " + request.uri() + " (" + e + "). Without "
                    + "internet access, download " + ASSET_NAME + " elsewhere and run "
                    + "`bin/hertz install-ui --from-file " + ASSET_NAME + "`.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UiInstallException("Interrupted while trying to " + what + ".", e);
        }
    }

    private URI resolve(String url) {
        try {
            return releasesUrl.resolve(url);
        } catch (IllegalArgumentException e) {
            throw new UiInstallException("The FreqUI release list names an invalid URL: " + url, e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
