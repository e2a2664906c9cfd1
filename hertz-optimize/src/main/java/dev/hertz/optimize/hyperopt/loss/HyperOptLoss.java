package dev.hertz.optimize.hyperopt.loss;

/**
 * A hyperopt objective: the smaller the loss, the better the epoch. User losses implement this in
 * {@code user_data/hyperopts/*.java} (a public class with a public no-argument constructor); the
 * Javadoc comment of the class is its description in {@code list-hyperoptloss} and {@code /hyperoptloss}.
 */
public interface HyperOptLoss {
    /** The loss of one epoch. */
    double loss(LossInput input);
}
