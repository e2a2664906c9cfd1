package dev.hertz.optimize.hyperopt.sampler;

/** Integers from {@code low} to {@code high}, both included (freqtrade's {@code Integer} / {@code IntParameter}). */
public record IntDimension(String name, int low, int high) implements Dimension {
    public IntDimension {
        SearchSpace.requireName(name);
        if (low > high) {
            throw new IllegalArgumentException("dimension " + name + ": low " + low + " is above high " + high);
        }
    }
}
