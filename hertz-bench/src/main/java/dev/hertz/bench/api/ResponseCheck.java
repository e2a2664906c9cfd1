package dev.hertz.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Before a server is measured, checks that each endpoint does the work the benchmark claims:
 * credentials are required, {@code /status} lists every open trade with its orders and
 * {@code /trades} a full page of closed trades with the right total. A server that answered fast
 * with the wrong data would otherwise win.
 */
final class ResponseCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int openTrades;
    private final int closedTrades;

    ResponseCheck(int openTrades, int closedTrades) {
        this.openTrades = openTrades;
        this.closedTrades = closedTrades;
    }

    /**
     * Fetches {@code path} once with and (unless it is public) once without credentials.
     *
     * @return a one-line description of the answer
     * @throws IllegalStateException when the answer is not what the benchmark needs
     */
    String verify(String endpoint, InetSocketAddress address, String path, String basicAuth) throws IOException {
        HttpConnection.Response response;
        try (HttpConnection conn = new HttpConnection(address, path, basicAuth)) {
            response = conn.fetch();
        }
        if (response.status() != 200) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.text());
        }
        JsonNode body = JSON.readTree(response.body());
        String summary = switch (endpoint) {
            case "ping" -> {
                require(path, "pong".equals(body.path("status").asText()), "status pong", body);
                yield "{\"status\":\"pong\"}";
            }
            case "status" -> {
                require(path, body.isArray() && body.size() == openTrades, openTrades + " open trades", body);
                for (JsonNode trade : body) {
                    require(path, trade.path("is_open").asBoolean() && trade.path("orders").size() == 1
                            && trade.path("current_rate").isNumber() && trade.path("profit_abs").isNumber(),
                            "open trades with their entry order and current profit", trade);
                }
                yield body.size() + " open trades, " + body.get(0).size() + " fields each";
            }
            case "trades" -> {
                int page = Math.min(500, closedTrades);
                require(path, body.path("trades").size() == page && body.path("trades_count").asInt() == page
                        && body.path("total_trades").asLong() == closedTrades,
                        page + " closed trades of " + closedTrades, body.path("total_trades"));
                for (JsonNode trade : body.path("trades")) {
                    require(path, !trade.path("is_open").asBoolean() && trade.path("orders").size() == 2,
                            "closed trades with entry and exit order", trade);
                }
                yield page + " of " + body.path("total_trades").asLong() + " closed trades, "
                        + body.path("trades").get(0).size() + " fields each";
            }
            default -> throw new IllegalArgumentException("No check for endpoint " + endpoint);
        };
        if (!endpoint.equals("ping")) {
            try (HttpConnection anonymous = new HttpConnection(address, path, null)) {
                int status = anonymous.send();
                require(path, status == 401, "401 without credentials", status);
            }
        }
        return summary + ", " + response.body().length + " bytes";
    }

    private static void require(String path, boolean ok, String expected, Object got) {
        if (!ok) {
            String text = String.valueOf(got);
            throw new IllegalStateException(path + ": expected " + expected + ", got "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
        }
    }
}
