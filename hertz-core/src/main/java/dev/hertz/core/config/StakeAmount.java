package dev.hertz.core.config;

/**
 * {@code stake_amount}: a fixed amount of stake currency per trade, or {@code "unlimited"}
 * (the available balance split over the free trade slots).
 */
public sealed interface StakeAmount permits StakeAmount.Fixed, StakeAmount.Unlimited {

    /** freqtrade's spelling of the unlimited stake. */
    String UNLIMITED = "unlimited";

    /** Whether this is {@code "unlimited"}. */
    boolean isUnlimited();

    /** A fixed stake of {@code amount} stake currency. */
    static StakeAmount fixed(double amount) {
        return new Fixed(amount);
    }

    /** The unlimited stake. */
    static StakeAmount unlimited() {
        return new Unlimited();
    }

    /** A fixed stake per trade. */
    record Fixed(double amount) implements StakeAmount {
        @Override
        public boolean isUnlimited() {
            return false;
        }
    }

    /** {@code "unlimited"}. */
    record Unlimited() implements StakeAmount {
        @Override
        public boolean isUnlimited() {
            return true;
        }

        @Override
        public String toString() {
            return UNLIMITED;
        }
    }
}
