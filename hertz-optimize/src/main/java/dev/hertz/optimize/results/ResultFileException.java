package dev.hertz.optimize.results;

/** A backtest result file that cannot be found, read or changed; the message says which and why. */
public final class ResultFileException extends RuntimeException {
    /** What went wrong, so interfaces can answer "not found" apart from bad content. */
    public enum Kind {
        /** No such file, or a name that leads outside the results directory. */
        NOT_FOUND,
        /** The file exists but its content is not what was asked for (no metadata, unknown strategy, bad JSON). */
        INVALID,
        /** Reading or writing failed. */
        IO
    }

    private final Kind kind;

    public ResultFileException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ResultFileException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
