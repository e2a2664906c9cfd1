package dev.hertz.optimize.hyperopt.sampler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Points handed out by ask and not told yet, each with what its sampler needs to remember about it.
 * Equal points can be pending together; a tell takes the oldest, so the order of asks decides.
 *
 * @param <S> the sampler's note about a pending point
 */
final class PendingAsks<S> {
    private final List<Point> points = new ArrayList<>();
    private final List<S> notes = new ArrayList<>();

    void add(Point point, S note) {
        points.add(point);
        notes.add(note);
    }

    /** Removes the oldest pending copy of the point and returns its note, or null when it was not asked. */
    S take(Point point) {
        int index = points.indexOf(point);
        if (index < 0) {
            return null;
        }
        points.remove(index);
        return notes.remove(index);
    }

    List<S> notes() {
        return Collections.unmodifiableList(notes);
    }
}
