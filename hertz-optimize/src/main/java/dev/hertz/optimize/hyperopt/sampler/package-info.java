/**
 * Hyperopt's search algorithms in ask/tell form: {@link dev.hertz.optimize.hyperopt.sampler.Samplers}
 * creates "tpe" (default), "random", "cmaes" or "nsga2" over a list of
 * {@link dev.hertz.optimize.hyperopt.sampler.Dimension}s (integers, rounded decimals, choices).
 * The runner asks one point per worker, evaluates them, and tells the losses back in any order.
 * Each sampler draws from its own {@code java.util.Random} seeded by the caller and uses StrictMath
 * where results feed back into points, so a seed and a sequence of tells give the same points
 * on every machine.
 */
package dev.hertz.optimize.hyperopt.sampler;
