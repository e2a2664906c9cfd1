package dev.hertz.api.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for GitHub's release API and asset storage: the releases list, a per-release
 * asset list, and asset downloads that redirect to a storage path the way GitHub's do.
 */
final class ReleaseServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> zips = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private volatile String releasesJson = "[]";
    private volatile int releasesStatus = 200;

    ReleaseServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/repos/freqtrade/frequi/releases", this::releases);
        server.createContext("/download/", this::download);
        server.createContext("/storage/", this::storage);
        server.start();
    }

    URI releasesUrl() {
        return base().resolve("/repos/freqtrade/frequi/releases");
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Adds a zip served at {@code /download/<version>/freqUI.zip}. */
    void zip(String version, byte[] zip) {
        zips.put(version, zip);
    }

    /** The JSON array {@code GET /releases} answers with, and its status. */
    void releases(String json, int status) {
        releasesJson = json;
        releasesStatus = status;
    }

    /** A release object as GitHub lists it, with its freqUI.zip asset (or none). */
    String release(String name, boolean withAsset) {
        String assets = withAsset ? assets(name) : "[]";
        return "{\"name\":\"" + name + "\",\"tag_name\":\"" + name + "\",\"draft\":false,\"prerelease\":false,"
                + "\"assets_url\":\"" + releasesUrl() + "/" + name + "/assets\",\"assets\":" + assets + "}";
    }

    private String assets(String name) {
        return "[{\"name\":\"freqUI.zip\",\"content_type\":\"application/zip\",\"browser_download_url\":\""
                + base().resolve("/download/" + name + "/freqUI.zip") + "\"}]";
    }

    int downloads() {
        return downloads.get();
    }

    private void releases(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/assets")) {
            send(exchange, 200, assets(path.split("/")[5]));
            return;
        }
        send(exchange, releasesStatus, releasesJson);
    }

    private void download(HttpExchange exchange) throws IOException {
        String version = exchange.getRequestURI().getPath().split("/")[2];
        exchange.getResponseHeaders().add("Location", "/storage/" + version + ".zip");
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void storage(HttpExchange exchange) throws IOException {
        String file = exchange.getRequestURI().getPath().substring("/storage/".length());
        byte[] zip = zips.get(file.replaceFirst("\\.zip$", ""));
        if (zip == null) {
            send(exchange, 404, "Not Found");
            return;
        }
        downloads.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, zip.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(zip);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
