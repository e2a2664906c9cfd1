package dev.hertz.optimize.hyperopt.loss;

/**
 * One row of {@code list-hyperoptloss}.
 *
 * @param name        the class name; {@code ""} for a file that failed to load
 * @param location    the file relative to its folder, or {@code <builtin>}
 * @param status      {@code OK}, {@code LOAD FAILED} or {@code DUPLICATE NAME}, as freqtrade labels them
 * @param description the class's documentation text
 * @param problem     why loading failed; null when it did not
 */
public record LossListing(String name, String location, String status, String description, String problem) {
    public static final String OK = "OK";
    public static final String LOAD_FAILED = "LOAD FAILED";
    public static final String DUPLICATE_NAME = "DUPLICATE NAME";

    public boolean loaded() {
        return !LOAD_FAILED.equals(status);
    }
}
