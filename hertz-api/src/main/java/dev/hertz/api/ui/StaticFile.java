package dev.hertz.api.ui;

import io.javalin.http.Context;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Streams one file from disk with its validators; the file is never read into memory whole. */
final class StaticFile {
    private StaticFile() {
    }

    /**
     * Sends {@code file} (or 304 when the client's copy is current); false when the file vanished or
     * cannot be read, e.g. because an install swapped the UI directory away a moment ago.
     */
    static boolean send(Context ctx, Path file) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            return false;
        }
        try {
            // the size comes from the open channel so Content-Length matches the bytes streamed even
            // if the file on disk is replaced meanwhile
            long size = channel.size();
            Validators validators = Validators.of(size, Files.getLastModifiedTime(file).toMillis());
            if (validators.answerNotModified(ctx)) {
                channel.close();
                return true;
            }
            ctx.status(200)
                    .contentType(ContentTypes.forFileName(file.getFileName().toString()))
                    .header("Content-Length", Long.toString(size))
                    .header("Last-Modified", validators.lastModified())
                    .header("ETag", validators.etag())
                    // Content-Length is promised up front; compressing would break that promise
                    .disableCompression()
                    // Javalin copies the stream in chunks and closes it when the response is written
                    .result(Channels.newInputStream(channel));
            return true;
        } catch (IOException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            return false;
        }
    }
}
