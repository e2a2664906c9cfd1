package dev.hertz.client.cli;

import dev.hertz.client.HertzClient;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One command of the command line: its name (freqtrade-client's), what it does, the endpoint it
 * calls, its parameters, and the client call that runs it.
 */
record Command(String name, String description, String endpoint, List<Param> params,
               BiFunction<HertzClient, Arguments, Object> action) {

    /** {@code forceenter <pair> [side] [price] [order_type=...] ...}. */
    String usage() {
        return params.isEmpty() ? name
                : name + " " + params.stream().map(Param::usage).collect(Collectors.joining(" "));
    }
}
