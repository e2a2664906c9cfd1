package dev.hertz.optimize.hyperopt.sampler;

/**
 * A hyperopt search algorithm in ask/tell form: the runner asks for as many points as it has
 * workers, evaluates them, and tells each loss back in any order. With the same seed and the same
 * sequence of asks and tells a sampler returns the same points, bit for bit.
 *
 * <p>Not thread-safe: one runner thread drives it.
 */
public interface Sampler {
    /**
     * The next point to evaluate (not yet told). May be called several times before tell.
     *
     * <p>Every asked point should be told: TPE counts an asked, untold point as a running trial in
     * its "bad" group (constant liar), to keep a batch spread out. A runner that skips a point it has
     * evaluated before should tell it again with the loss it already knows.
     */
    Point ask();

    /**
     * The loss of a point obtained from ask (smaller is better; 100000 = MAX_LOSS for failed epochs).
     * A point of the space that was not asked (a runner's own fallback point) is accepted as an
     * extra observation. A point outside the space, or a loss that is not a finite number, is an
     * {@link IllegalArgumentException} and changes nothing.
     */
    void tell(Point point, double loss);
}
