package dev.hertz.optimize.hyperopt.sampler;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every sampler promises: points inside the space, reproducible runs, clear refusals. */
class SamplerContractTest {
    /** Every kind of dimension, with awkward edges: a one-value int, a truncated decimal grid, one choice. */
    static final List<Dimension> SPACE = List.of(
            new IntDimension("buy_rsi", 10, 40),
            new IntDimension("fixed", 7, 7),
            new DecimalDimension("stoploss", -0.35, -0.02, 3),
            new DecimalDimension("ratio", 0.29, 0.5, 2),
            new CategoricalDimension("trigger", List.of("bb_lower", "macd_cross", "sar")),
            new CategoricalDimension("flag", List.of(true, false)),
            new CategoricalDimension("trailing_stop", List.of(true)),
            new CategoricalDimension("mixed", List.of(1, 2.5, "x")));

    static List<String> samplers() {
        return Samplers.names();
    }

    /** A loss over the whole space, so that the model-based samplers leave their start-up phase. */
    static double loss(Point point) {
        List<Object> v = point.values();
        double rsi = (Integer) v.get(0);
        double stoploss = (Double) v.get(2);
        double ratio = (Double) v.get(3);
        double trigger = v.get(4).equals("macd_cross") ? 0 : 1;
        return Math.pow(rsi - 31, 2) / 100 + Math.pow(stoploss + 0.1, 2) * 10 + Math.abs(ratio - 0.4) + trigger;
    }

    /** Runs a sampler in batches of 3 asks, telling each batch back in reverse order. */
    static List<Point> run(Sampler sampler, int evaluations) {
        List<Point> asked = new ArrayList<>();
        while (asked.size() < evaluations) {
            List<Point> batch = List.of(sampler.ask(), sampler.ask(), sampler.ask());
            asked.addAll(batch);
            for (int i = batch.size() - 1; i >= 0; i--) {
                sampler.tell(batch.get(i), loss(batch.get(i)));
            }
        }
        return asked;
    }

    @ParameterizedTest
    @MethodSource("samplers")
    void everyPointLiesOnTheGridsAndChoices(String name) {
        List<Point> points = run(Samplers.create(name, SPACE, 42), 150);
        Set<Object> triggers = new HashSet<>();
        for (Point point : points) {
            List<Object> v = point.values();
            assertThat(v).hasSize(SPACE.size());
            assertThat(v.get(0)).isInstanceOf(Integer.class);
            assertThat((Integer) v.get(0)).isBetween(10, 40);
            assertThat(v.get(1)).isEqualTo(7);
            double stoploss = (Double) v.get(2);
            assertThat(stoploss).isBetween(-0.35, -0.02);
            assertThat(Math.round(stoploss * 1000) / 1000.0).isEqualTo(stoploss);
            double ratio = (Double) v.get(3);
            assertThat(ratio).isBetween(0.28, 0.5);
            assertThat(Math.round(ratio * 100) / 100.0).isEqualTo(ratio);
            assertThat(v.get(4)).isIn("bb_lower", "macd_cross", "sar");
            assertThat(v.get(5)).isIn(true, false);
            assertThat(v.get(6)).isEqualTo(true);
            assertThat(v.get(7)).isIn(1, 2.5, "x");
            triggers.add(v.get(4));
        }
        // the whole space is reachable: the first points already cover the choices
        assertThat(triggers).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("samplers")
    void theSameSeedAndTellsGiveTheSamePoints(String name) {
        List<Point> first = run(Samplers.create(name, SPACE, 7), 120);
        List<Point> second = run(Samplers.create(name, SPACE, 7), 120);
        List<Point> otherSeed = run(Samplers.create(name, SPACE, 8), 120);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("samplers")
    void badTellsAreRefusedAndChangeNothing(String name) {
        Sampler plain = Samplers.create(name, SPACE, 3);
        Sampler refused = Samplers.create(name, SPACE, 3);
        List<Point> expected = run(plain, 30);
        List<Point> actual = run(refused, 30);
        Point asked = refused.ask();
        Point reference = plain.ask();

        List<Object> outOfRange = new ArrayList<>(asked.values());
        outOfRange.set(0, 41);
        assertThatThrownBy(() -> refused.tell(new Point(outOfRange), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension buy_rsi: value 41 (Integer) is not an Integer in 10..40");
        List<Object> offGrid = new ArrayList<>(asked.values());
        offGrid.set(2, -0.1234);
        assertThatThrownBy(() -> refused.tell(new Point(offGrid), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension stoploss: value -0.1234 (Double) is not a Double with 3 decimals in -0.35..-0.02");
        List<Object> unknownChoice = new ArrayList<>(asked.values());
        unknownChoice.set(4, "rsi");
        assertThatThrownBy(() -> refused.tell(new Point(unknownChoice), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension trigger: value rsi (String) is not one of [bb_lower, macd_cross, sar]");
        assertThatThrownBy(() -> refused.tell(new Point(asked.values().subList(0, 3)), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point has 3 values, the search space has 8 dimensions");
        assertThatThrownBy(() -> refused.tell(asked, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loss must be a finite number, got NaN");
        assertThatThrownBy(() -> refused.tell(asked, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loss must be a finite number, got -Infinity");

        // after the refusals both samplers carry on identically
        plain.tell(reference, loss(reference));
        refused.tell(asked, loss(asked));
        assertThat(actual).isEqualTo(expected);
        assertThat(run(refused, 60)).isEqualTo(run(plain, 60));
    }

    @ParameterizedTest
    @MethodSource("samplers")
    void pointsThatWereNotAskedAreTakenAsObservations(String name) {
        Sampler informed = Samplers.create(name, SPACE, 11);
        Sampler plain = Samplers.create(name, SPACE, 11);
        informed.tell(new Point(List.of(31, 7, -0.1, 0.4, "macd_cross", true, true, 1)), 0.0);

        List<Point> withOwnPoint = run(informed, 90);
        List<Point> without = run(plain, 90);
        if (name.equals("random")) {
            assertThat(withOwnPoint).isEqualTo(without);
        } else {
            assertThat(withOwnPoint).isNotEqualTo(without);
        }
    }
}
