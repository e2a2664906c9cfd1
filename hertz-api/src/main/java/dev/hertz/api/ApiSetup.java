package dev.hertz.api;

import dev.hertz.api.http.Route;
import dev.hertz.api.jobs.BackgroundJobs;
import dev.hertz.core.config.ApiServerConfig;
import dev.hertz.core.rpc.Rpc;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What the API server is built from.
 *
 * @param config      the {@code api_server} section
 * @param rpc         the facade the endpoints call (its bot may be absent in webserver mode)
 * @param mode        {@link Route.Mode#TRADE} with a bot, {@link Route.Mode#WEBSERVER} without
 * @param uiDirectory where FreqUI is installed (it may not exist)
 * @param jobs        the background job registry
 * @param clock       wall time, for token lifetimes and login throttling
 */
public record ApiSetup(ApiServerConfig config, Rpc rpc, Route.Mode mode, Path uiDirectory, BackgroundJobs jobs,
                       Clock clock) {
}
