package dev.hertz.core.strategy.builtin;

import dev.hertz.core.strategy.Strategy;

import java.util.List;

/** The strategies that ship with Hertz, usable by name without any file in {@code user_data/strategies}. */
public final class BuiltinStrategies {

    private BuiltinStrategies() {
    }

    /** {@code DemoStrategy} and {@code SampleStrategy}. */
    public static List<Class<? extends Strategy>> all() {
        return List.of(DemoStrategy.class, SampleStrategy.class);
    }
}
