package dev.hertz.optimize.hyperopt.sampler;

import java.util.Random;

/** Uniform random search: every cell of every dimension equally likely, losses ignored. */
final class RandomSampler implements Sampler {
    private final SearchSpace space;
    private final Random random;

    RandomSampler(SearchSpace space, long seed) {
        this.space = space;
        this.random = new Random(seed);
    }

    @Override
    public Point ask() {
        return space.point(space.randomCells(random));
    }

    @Override
    public void tell(Point point, double loss) {
        space.cellsOf(point);
        SearchSpace.requireLoss(loss);
    }
}
