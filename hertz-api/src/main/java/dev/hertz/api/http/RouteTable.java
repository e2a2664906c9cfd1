package dev.hertz.api.http;

import dev.hertz.api.http.Route.Access;
import dev.hertz.api.http.Route.Method;
import dev.hertz.api.http.Route.Mode;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the routes in declaration order, which is also matching order (the UI catch-all comes
 * after all of them). Private ({@link Access#USER}) is the default: a route is public only when
 * declared so, which keeps a new endpoint from slipping out unprotected.
 */
public final class RouteTable {
    private final List<Route> routes = new ArrayList<>();

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public void get(String path, Mode mode, Class<?> response, String summary, ApiHandler handler) {
        add(new Route(Method.GET, path, Access.USER, mode, null, response, summary, handler));
    }

    /** A POST whose body, if any, is ignored ({@code /start}, {@code /reload_config}, ...). */
    public void post(String path, Mode mode, Class<?> response, String summary, ApiHandler handler) {
        add(new Route(Method.POST, path, Access.USER, mode, null, response, summary, handler));
    }

    /** A POST that reads a JSON body of type {@code request}. */
    public void postJson(String path, Mode mode, Class<?> request, Class<?> response, String summary,
                         ApiHandler handler) {
        add(new Route(Method.POST, path, Access.USER, mode, request, response, summary, handler));
    }

    /** A PATCH that reads a JSON body of type {@code request}. */
    public void patchJson(String path, Mode mode, Class<?> request, Class<?> response, String summary,
                          ApiHandler handler) {
        add(new Route(Method.PATCH, path, Access.USER, mode, request, response, summary, handler));
    }

    public void delete(String path, Mode mode, Class<?> response, String summary, ApiHandler handler) {
        add(new Route(Method.DELETE, path, Access.USER, mode, null, response, summary, handler));
    }

    public void add(Route route) {
        routes.add(route);
    }
}
