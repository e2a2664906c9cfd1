package dev.hertz.bench.api;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends the same GET again and again. A raw socket rather
 * than the JDK's HttpClient: the client shares two cores with the server it measures, so it should
 * spend as little CPU per request as it can (no selector thread, no futures, no header maps), and
 * it does the same work whichever server it talks to.
 *
 * <p>Reads {@code Content-Length} and chunked bodies; reconnects when the server closes the
 * connection or says {@code Connection: close}. Not thread-safe: one per client thread.
 */
final class HttpConnection implements Closeable {
    private static final int MAX_HEADER_LINE = 8192;

    private final InetSocketAddress address;
    private final byte[] request;
    private final byte[] discard = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean closeAfter;
    private long bodyBytes;

    /**
     * @param path      the request target, e.g. {@code /api/v1/trades?limit=500}
     * @param basicAuth {@code user:password}, or null to send no credentials
     */
    HttpConnection(InetSocketAddress address, String path, String basicAuth) {
        this.address = address;
        StringBuilder r = new StringBuilder()
                .append("GET ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(address.getHostString()).append(':').append(address.getPort()).append("\r\n")
                .append("Accept: application/json\r\n");
        if (basicAuth != null) {
            r.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        this.request = r.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the request and reads the whole response, throwing the body away; returns the status code. */
    int send() throws IOException {
        return exchange(null);
    }

    /** Sends the request and returns the status code and body (for checking what a server answers). */
    Response fetch() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = exchange(body);
        return new Response(status, body.toByteArray());
    }

    /** Body bytes of the last response. */
    long lastBodyBytes() {
        return bodyBytes;
    }

    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private int exchange(ByteArrayOutputStream body) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return readResponse(body);
        } catch (IOException e) {
            close();
            throw e;
        } finally {
            if (closeAfter) {
                close();
            }
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(address, 5_000);
        s.setSoTimeout(120_000);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
        out = s.getOutputStream();
        closeAfter = false;
    }

    private int readResponse(ByteArrayOutputStream body) throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        closeAfter = statusLine.startsWith("HTTP/1.0");
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        bodyBytes = 0;
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                readBody(size, body);
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers, if any
            }
        } else if (length >= 0) {
            readBody(length, body);
        } else {
            throw new IOException("Response without Content-Length or chunked encoding; cannot keep the connection");
        }
        return status;
    }

    private long chunkSize() throws IOException {
        String line = readLine();
        int ext = line.indexOf(';');
        return Long.parseLong((ext < 0 ? line : line.substring(0, ext)).trim(), 16);
    }

    private void readBody(long length, ByteArrayOutputStream body) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(discard, 0, (int) Math.min(discard.length, left));
            if (n < 0) {
                throw new EOFException("Connection closed with " + left + " body bytes still to come");
            }
            if (body != null) {
                body.write(discard, 0, n);
            }
            left -= n;
        }
        bodyBytes += length;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("Connection closed by the server");
            }
            if (c == '\n') {
                int last = line.length() - 1;
                return last >= 0 && line.charAt(last) == '\r' ? line.substring(0, last) : line.toString();
            }
            if (line.length() == MAX_HEADER_LINE) {
                throw new IOException("Header line longer than " + MAX_HEADER_LINE + " bytes");
            }
            line.append((char) c);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are done with; nothing to recover
            }
            socket = null;
        }
    }
}
