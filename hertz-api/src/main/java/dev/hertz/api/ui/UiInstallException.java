package dev.hertz.api.ui;

/** Installing or erasing the web UI failed; the message names what was wrong and the UI on disk is unchanged. */
public final class UiInstallException extends RuntimeException {
    public UiInstallException(String message) {
        super(message);
    }

    public UiInstallException(String message, Throwable cause) {
        super(message, cause);
    }
}
