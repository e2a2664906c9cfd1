package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A hyperopt parameter that takes one of a fixed list of values (strings, numbers, booleans):
 * freqtrade's {@code CategoricalParameter}.
 *
 * @param <T> the type of the categories
 */
public final class CategoricalParameter<T> extends HyperParameter<CategoricalParameter<T>> {

    private final List<T> categories;
    private T value;

    /** A parameter whose default is the first category. */
    public CategoricalParameter(List<T> categories) {
        this(categories, categories.isEmpty() ? null : categories.get(0));
    }

    /**
     * @param categories   the values hyperopt tries; at least two
     * @param defaultValue the value used until a stored one is loaded; one of {@code categories}
     */
    public CategoricalParameter(List<T> categories, T defaultValue) {
        if (categories.size() < 2) {
            throw new IllegalArgumentException(
                    "CategoricalParameter space must be [a, b, ...] (at least two parameters), got " + categories);
        }
        if (!categories.contains(defaultValue)) {
            throw new IllegalArgumentException("CategoricalParameter default " + defaultValue
                    + " is not one of " + categories);
        }
        this.categories = List.copyOf(categories);
        this.value = defaultValue;
    }

    /** The current value. */
    public T value() {
        return value;
    }

    /**
     * Sets the current value (hyperopt does this for each epoch).
     *
     * @throws IllegalArgumentException if {@code value} is not one of the categories
     */
    public void setValue(T value) {
        if (!categories.contains(value)) {
            throw new IllegalArgumentException(value + " is not one of " + categories);
        }
        this.value = value;
    }

    public List<T> categories() {
        return categories;
    }

    /** All categories while hyperopt searches this parameter, otherwise just the current value. */
    public List<T> range() {
        return searching() ? categories : List.of(value);
    }

    @Override
    public Object rawValue() {
        return value;
    }

    @Override
    void loadValue(JsonNode stored) {
        for (T category : categories) {
            if (matches(category, stored)) {
                value = category;
                return;
            }
        }
        throw new IllegalArgumentException(stored + " is not one of " + categories);
    }

    private static boolean matches(Object category, JsonNode stored) {
        if (category instanceof String s) {
            return stored.isTextual() && stored.textValue().equals(s);
        }
        if (category instanceof Boolean b) {
            return stored.isBoolean() && stored.booleanValue() == b;
        }
        if (category instanceof Number n) {
            return stored.isNumber() && stored.doubleValue() == n.doubleValue();
        }
        return false;
    }
}
