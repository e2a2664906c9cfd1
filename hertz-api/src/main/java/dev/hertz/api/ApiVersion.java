package dev.hertz.api;

import dev.hertz.api.http.Route;

/**
 * The {@code api_version} advertised in {@code /show_config}. FreqUI switches features on by this
 * number, so it is a promise: the highest version whose every gated feature works in that mode
 * (freqtrade-api.md §2.1).
 */
public final class ApiVersion {
    /**
     * Trade mode: every feature FreqUI gates up to 2.50 that it shows beside a trading bot works
     * (WebSocket, POST candles with columns, weekly/monthly, tags, profit_all, exit price, strategy
     * parameters, wallet history).
     */
    public static final double TRADE = 2.50;
    /**
     * Webserver mode: pairlist configurator (2.30), backtesting with its history, deletion and notes
     * (2.31, 2.32), POST pair history with columns (2.35). The data download page (2.41) and the
     * later pages are not served yet; advertising them would show pages that fail.
     */
    public static final double WEBSERVER = 2.40;

    private ApiVersion() {
    }

    public static double of(Route.Mode mode) {
        return mode == Route.Mode.WEBSERVER ? WEBSERVER : TRADE;
    }
}
