package dev.hertz.api.ui;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A small file shipped in the jar (favicon, fallback page), held in memory and served with an ETag. */
final class BundledFile {
    private final byte[] content;
    private final String contentType;
    private final Validators validators;

    private BundledFile(byte[] content, String contentType, Validators validators) {
        this.content = content;
        this.contentType = contentType;
        this.validators = validators;
    }

    static BundledFile load(String name, String contentType) {
        try (InputStream in = BundledFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing from the jar");
            }
            byte[] content = in.readAllBytes();
            return new BundledFile(content, contentType,
                    Validators.ofContent(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read resource " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    void send(Context ctx) {
        if (validators.answerNotModified(ctx)) {
            return;
        }
        ctx.status(200)
                .contentType(contentType)
                .header("Content-Length", Integer.toString(content.length))
                .header("ETag", validators.etag())
                .disableCompression()
                .result(content);
    }
}
