package dev.hertz.core.consumer;

import dev.hertz.core.strategy.Frame;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@code dp.getProducerDf(...)} returns: a producer's analysed frame of one pair and when the
 * producer analysed it (freqtrade's {@code (dataframe, last_analyzed)} tuple).
 *
 * <p>The frame is the consumer's own copy: change it freely. It holds every column the producer's
 * strategy wrote (indicators, {@code enter_long}, {@code enter_tag}, ...) and up to 1500 candles,
 * oldest first. Before anything arrived from the producer the frame has no rows and
 * {@code lastAnalyzed} is {@link Instant#EPOCH}, as in freqtrade.
 *
 * @param frame        the producer's analysed candles
 * @param lastAnalyzed when the producer analysed its last row
 */
public record ProducerDataframe(Frame frame, Instant lastAnalyzed) {

    public ProducerDataframe {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(lastAnalyzed, "lastAnalyzed");
    }

    /** Whether nothing has arrived yet for this pair. */
    public boolean isEmpty() {
        return frame.length() == 0;
    }
}
