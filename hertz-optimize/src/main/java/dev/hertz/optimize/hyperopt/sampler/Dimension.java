package dev.hertz.optimize.hyperopt.sampler;

/**
 * One axis of a hyperopt search space, named after the parameter it sets ({@code buy_rsi},
 * {@code roi_t1}, {@code stoploss}, ...). Every kind is a finite grid: integers, rounded decimals,
 * or a list of choices.
 */
public sealed interface Dimension permits IntDimension, DecimalDimension, CategoricalDimension {
    String name();
}
