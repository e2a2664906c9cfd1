package dev.hertz.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.client.internal.ApiCall;
import dev.hertz.client.internal.Authorization;
import dev.hertz.client.internal.BaseUrl;
import dev.hertz.client.internal.Transport;
import dev.hertz.client.model.AccessAndRefreshToken;
import dev.hertz.client.model.AvailablePairs;
import dev.hertz.client.model.Balances;
import dev.hertz.client.model.BlacklistResponse;
import dev.hertz.client.model.Count;
import dev.hertz.client.model.DailyWeeklyMonthly;
import dev.hertz.client.model.DeleteTrade;
import dev.hertz.client.model.Entry;
import dev.hertz.client.model.ExchangeList;
import dev.hertz.client.model.Exit;
import dev.hertz.client.model.ForceEnterPayload;
import dev.hertz.client.model.FreqAIModelList;
import dev.hertz.client.model.Health;
import dev.hertz.client.model.Locks;
import dev.hertz.client.model.Logs;
import dev.hertz.client.model.Markets;
import dev.hertz.client.model.MixTag;
import dev.hertz.client.model.OpenTrade;
import dev.hertz.client.model.PairHistory;
import dev.hertz.client.model.PairListsResponse;
import dev.hertz.client.model.PerformanceEntry;
import dev.hertz.client.model.PlotConfig;
import dev.hertz.client.model.Profit;
import dev.hertz.client.model.ProfitAll;
import dev.hertz.client.model.ResultMsg;
import dev.hertz.client.model.ShowConfig;
import dev.hertz.client.model.StatusMsg;
import dev.hertz.client.model.Stats;
import dev.hertz.client.model.Strategy;
import dev.hertz.client.model.StrategyList;
import dev.hertz.client.model.SysInfo;
import dev.hertz.client.model.Trade;
import dev.hertz.client.model.TradeCustomData;
import dev.hertz.client.model.TradeResponse;
import dev.hertz.client.model.Version;
import dev.hertz.client.model.WalletHistory;
import dev.hertz.client.model.WhitelistResponse;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client for freqtrade's REST API, served by Hertz or by freqtrade itself: one method per
 * {@code freqtrade-client} command, each returning the answer as a typed record. Every method
 * throws {@link HertzClientException} when the server answers with an error or not at all.
 * Instances are thread-safe; {@link #close()} releases the connections.
 *
 * <pre>{@code
 * try (HertzClient client = HertzClient.builder("http://127.0.0.1:8080")
 *         .basicAuth("freqtrader", "SuperSecurePassword").build()) {
 *     client.forceenter("BTC/USDT", "long");
 *     client.status().forEach(t -> System.out.println(t.trade().pair() + " " + t.trade().profitPct()));
 * }
 * }</pre>
 */
public final class HertzClient implements AutoCloseable {
    private static final DateTimeFormatter LOCK_UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final Transport transport;

    private HertzClient(Transport transport) {
        this.transport = transport;
    }

    /**
     * A builder for a client of the server at {@code url} ({@code http://127.0.0.1:8080}; a
     * trailing {@code /api/v1} is accepted and dropped).
     */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /** A client with HTTP Basic credentials and default time-outs, like {@code FtRestClient(url, user, pass)}. */
    public static HertzClient create(String url, String username, String password) {
        return builder(url).basicAuth(username, password).build();
    }

    /** The server's base URL, {@code http://host:port}. */
    public String baseUrl() {
        return transport.baseUrl();
    }

    // --- authentication ---

    /** Logs in with the username and password ({@code POST /token/login}) and returns both tokens. */
    public AccessAndRefreshToken login() {
        return transport.authorization().login(transport);
    }

    /**
     * A newly issued access token for this client's credentials ({@code POST /token/refresh} in
     * JWT mode, else {@code POST /token/login}), e.g. to open the message WebSocket.
     */
    public String accessToken() {
        return transport.authorization().newAccessToken(transport);
    }

    // --- info ---

    /**
     * {@code pong} when the bot is running, else {@code not_running}, as freqtrade-client decides
     * it from {@code GET /show_config}; any failure (also a refused login) counts as not running.
     */
    public StatusMsg ping() {
        try {
            JsonNode config = transport.get(ApiCall.get("/show_config"), JsonNode.class);
            return new StatusMsg("running".equals(config.path("state").asText()) ? "pong" : "not_running");
        } catch (HertzClientException e) {
            return new StatusMsg("not_running");
        }
    }

    /** The server's version ({@code GET /version}). */
    public Version version() {
        return transport.get(ApiCall.get("/version"), Version.class);
    }

    /** The running configuration without secrets ({@code GET /show_config}). */
    public ShowConfig showConfig() {
        return transport.get(ApiCall.get("/show_config"), ShowConfig.class);
    }

    /** CPU and memory load of the server's host ({@code GET /sysinfo}). */
    public SysInfo sysinfo() {
        return transport.get(ApiCall.get("/sysinfo"), SysInfo.class);
    }

    /** When the bot last ran its loop and when it started ({@code GET /health}). */
    public Health health() {
        return transport.get(ApiCall.get("/health"), Health.class);
    }

    /** The server's recent log records ({@code GET /logs}). */
    public Logs logs() {
        return logs(null);
    }

    /** The newest {@code limit} log records, all when null ({@code GET /logs?limit=}). */
    public Logs logs(Integer limit) {
        return transport.get(ApiCall.get("/logs").query("limit", limit), Logs.class);
    }

    // --- trading information ---

    /** The wallet valued in the stake currency ({@code GET /balance}). */
    public Balances balance() {
        return transport.get(ApiCall.get("/balance"), Balances.class);
    }

    /** Open trades against {@code max_open_trades} ({@code GET /count}). */
    public Count count() {
        return transport.get(ApiCall.get("/count"), Count.class);
    }

    /** Profit per entry tag over all pairs ({@code GET /entries}). */
    public List<Entry> entries() {
        return entries(null);
    }

    /** Profit per entry tag, of one pair when {@code pair} is not null ({@code GET /entries?pair=}). */
    public List<Entry> entries(String pair) {
        return transport.list(ApiCall.get("/entries").query("pair", pair), Entry.class);
    }

    /** Profit per exit reason over all pairs ({@code GET /exits}). */
    public List<Exit> exits() {
        return exits(null);
    }

    /** Profit per exit reason, of one pair when {@code pair} is not null ({@code GET /exits?pair=}). */
    public List<Exit> exits(String pair) {
        return transport.list(ApiCall.get("/exits").query("pair", pair), Exit.class);
    }

    /** Profit per entry tag and exit reason over all pairs ({@code GET /mix_tags}). */
    public List<MixTag> mixTags() {
        return mixTags(null);
    }

    /** Profit per entry tag and exit reason, of one pair when not null ({@code GET /mix_tags?pair=}). */
    public List<MixTag> mixTags(String pair) {
        return transport.list(ApiCall.get("/mix_tags").query("pair", pair), MixTag.class);
    }

    /** Profit per pair, best first ({@code GET /performance}). */
    public List<PerformanceEntry> performance() {
        return transport.list(ApiCall.get("/performance"), PerformanceEntry.class);
    }

    /** The profit summary ({@code GET /profit}). */
    public Profit profit() {
        return transport.get(ApiCall.get("/profit"), Profit.class);
    }

    /** The profit summary over all trades and, outside spot, per direction ({@code GET /profit_all}). */
    public ProfitAll profitAll() {
        return transport.get(ApiCall.get("/profit_all"), ProfitAll.class);
    }

    /** Wins, losses and draws per exit reason, and mean durations ({@code GET /stats}). */
    public Stats stats() {
        return transport.get(ApiCall.get("/stats"), Stats.class);
    }

    /** Profit of the last 7 days ({@code GET /daily}). */
    public DailyWeeklyMonthly daily() {
        return daily(null);
    }

    /** Profit of the last {@code days} days, 7 when null ({@code GET /daily?timescale=}). */
    public DailyWeeklyMonthly daily(Integer days) {
        return transport.get(ApiCall.get("/daily").query("timescale", days), DailyWeeklyMonthly.class);
    }

    /** Profit of the last 4 weeks ({@code GET /weekly}). */
    public DailyWeeklyMonthly weekly() {
        return weekly(null);
    }

    /** Profit of the last {@code weeks} weeks (Monday-based), 4 when null ({@code GET /weekly?timescale=}). */
    public DailyWeeklyMonthly weekly(Integer weeks) {
        return transport.get(ApiCall.get("/weekly").query("timescale", weeks), DailyWeeklyMonthly.class);
    }

    /** Profit of the last 3 months ({@code GET /monthly}). */
    public DailyWeeklyMonthly monthly() {
        return monthly(null);
    }

    /** Profit of the last {@code months} calendar months, 3 when null ({@code GET /monthly?timescale=}). */
    public DailyWeeklyMonthly monthly(Integer months) {
        return transport.get(ApiCall.get("/monthly").query("timescale", months), DailyWeeklyMonthly.class);
    }

    /** The open trades with their current profit, in trade id order ({@code GET /status}). */
    public List<OpenTrade> status() {
        return transport.list(ApiCall.get("/status"), OpenTrade.class);
    }

    /** The first page of closed trades ({@code GET /trades}). */
    public TradeResponse trades() {
        return trades(null, null);
    }

    /**
     * A page of closed trades in trade id order ({@code GET /trades?limit=&offset=}).
     *
     * @param limit  page size; null = the server's default (500)
     * @param offset trades to skip; null = 0
     */
    public TradeResponse trades(Integer limit, Integer offset) {
        return transport.get(ApiCall.get("/trades").query("limit", limit).query("offset", offset), TradeResponse.class);
    }

    /** One trade, open or closed ({@code GET /trade/{tradeId}}); 404 {@code Trade not found.} when absent. */
    public OpenTrade trade(long tradeId) {
        return transport.get(ApiCall.get("/trade/" + tradeId), OpenTrade.class);
    }

    /**
     * What the strategy stored on a trade ({@code GET /trades/{tradeId}/custom-data?key=}).
     *
     * @param key only this key; null = all
     */
    public List<TradeCustomData> listCustomData(long tradeId, String key) {
        return transport.list(ApiCall.get("/trades/" + tradeId + "/custom-data").query("key", key),
                TradeCustomData.class);
    }

    /** The bot's wallet value over time ({@code GET /historic_balance}). */
    public WalletHistory historicBalance() {
        return transport.get(ApiCall.get("/historic_balance"), WalletHistory.class);
    }

    // --- trade actions ---

    /** Deletes a trade after cancelling its open orders ({@code DELETE /trades/{tradeId}}). */
    public DeleteTrade deleteTrade(long tradeId) {
        return transport.get(ApiCall.delete("/trades/" + tradeId), DeleteTrade.class);
    }

    /** Cancels a trade's open orders and returns the trade ({@code DELETE /trades/{tradeId}/open-order}). */
    public OpenTrade cancelOpenOrder(long tradeId) {
        return transport.get(ApiCall.delete("/trades/" + tradeId + "/open-order"), OpenTrade.class);
    }

    /** Re-reads a trade's orders from the exchange ({@code POST /trades/{tradeId}/reload}). */
    public OpenTrade reloadTrade(long tradeId) {
        return transport.get(ApiCall.post("/trades/" + tradeId + "/reload"), OpenTrade.class);
    }

    /**
     * Enters a long trade now, the legacy way ({@code POST /forcebuy}).
     *
     * @param price limit price; null = the current price
     */
    public Trade forcebuy(String pair, Double price) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pair", pair);
        body.put("price", price);
        return entered(ApiCall.post("/forcebuy").body(body));
    }

    /**
     * Enters a trade now with the server's defaults ({@code POST /forceenter}).
     *
     * @param side {@code long} or {@code short}; null = long
     */
    public Trade forceenter(String pair, String side) {
        return forceenter(ForceEnterPayload.of(pair, side));
    }

    /**
     * Enters a trade now ({@code POST /forceenter}); needs {@code force_entry_enable} in the bot's
     * config. A bot that enters nothing answers 200 with a status text: that becomes an exception
     * with status 200 and that text.
     */
    public Trade forceenter(ForceEnterPayload payload) {
        return entered(ApiCall.post("/forceenter").body(payload));
    }

    private Trade entered(ApiCall call) {
        JsonNode answer = transport.get(call, JsonNode.class);
        if (!answer.has("trade_id") && answer.path("status").isTextual()) {
            throw new HertzClientException(200, answer.get("status").asText(), call.describe(), answer.toString(), null);
        }
        return transport.convert(call, answer, Trade.class);
    }

    /** Exits a trade (or every trade with {@code "all"}) now at the market's price ({@code POST /forceexit}). */
    public ResultMsg forceexit(String tradeId) {
        return forceexit(tradeId, null, null, null);
    }

    /**
     * Exits a trade, or every open trade with {@code "all"} ({@code POST /forceexit}).
     *
     * @param ordertype {@code limit} or {@code market}; null = the strategy's {@code force_exit} order type
     * @param amount    amount to sell for a partial exit; null = all
     * @param price     limit price (newer servers); null = the current price
     */
    public ResultMsg forceexit(String tradeId, String ordertype, Double amount, Double price) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tradeid", tradeId);
        body.put("ordertype", ordertype);
        body.put("amount", amount);
        if (price != null) {
            body.put("price", price);
        }
        return transport.get(ApiCall.post("/forceexit").body(body), ResultMsg.class);
    }

    // --- pair lists and locks ---

    /** The pairs the bot trades ({@code GET /whitelist}). */
    public WhitelistResponse whitelist() {
        return transport.get(ApiCall.get("/whitelist"), WhitelistResponse.class);
    }

    /** The blacklist ({@code GET /blacklist}). */
    public BlacklistResponse blacklist() {
        return transport.get(ApiCall.get("/blacklist"), BlacklistResponse.class);
    }

    /**
     * Adds pairs or wildcards ({@code BNB/.*}) to the blacklist ({@code POST /blacklist}); pairs
     * that could not be added are listed in {@link BlacklistResponse#errors()}.
     */
    public BlacklistResponse addBlacklist(String... pairs) {
        return transport.get(ApiCall.post("/blacklist").body(Map.of("blacklist", List.of(pairs))), BlacklistResponse.class);
    }

    /** Removes entries from the blacklist ({@code DELETE /blacklist?pairs_to_delete=}). */
    public BlacklistResponse deleteBlacklist(String... pairs) {
        return transport.get(ApiCall.delete("/blacklist").queryEach("pairs_to_delete", List.of(pairs)), BlacklistResponse.class);
    }

    /** The active pair locks ({@code GET /locks}). */
    public Locks locks() {
        return transport.get(ApiCall.get("/locks"), Locks.class);
    }

    /** Ends a lock now ({@code DELETE /locks/{lockId}}) and returns the remaining ones. */
    public Locks deleteLock(long lockId) {
        return transport.get(ApiCall.delete("/locks/" + lockId), Locks.class);
    }

    /**
     * Locks a pair against entries until {@code until} ({@code POST /locks}).
     *
     * @param until an instant with its zone, e.g. {@code 2024-03-30 16:00:00Z}; the server rounds it up to the next candle
     * @param side  {@code *}, {@code long} or {@code short}; null = {@code *}
     * @param reason shown with the lock; may be null
     */
    public Locks lockAdd(String pair, String until, String side, String reason) {
        Map<String, Object> lock = new LinkedHashMap<>();
        lock.put("pair", pair);
        lock.put("until", until);
        lock.put("side", side == null ? "*" : side);
        lock.put("reason", reason == null ? "" : reason);
        return transport.get(ApiCall.post("/locks").body(List.of(lock)), Locks.class);
    }

    /** {@link #lockAdd(String, String, String, String)} with the end as an {@link Instant}. */
    public Locks lockAdd(String pair, Instant until, String side, String reason) {
        return lockAdd(pair, LOCK_UNTIL.format(until), side, reason);
    }

    // --- bot control ---

    /** Starts the trader ({@code POST /start}). */
    public StatusMsg start() {
        return transport.get(ApiCall.post("/start"), StatusMsg.class);
    }

    /** Stops the trader; open trades stay open ({@code POST /stop}). */
    public StatusMsg stop() {
        return transport.get(ApiCall.post("/stop"), StatusMsg.class);
    }

    /** No new entries until the next {@code reload_config} ({@code POST /stopbuy}). */
    public StatusMsg stopbuy() {
        return transport.get(ApiCall.post("/stopbuy"), StatusMsg.class);
    }

    /** No new entries, bot state {@code paused} (newer servers; {@code POST /pause}). */
    public StatusMsg pause() {
        return transport.get(ApiCall.post("/pause"), StatusMsg.class);
    }

    /** Reloads the configuration and restarts the bot ({@code POST /reload_config}). */
    public StatusMsg reloadConfig() {
        return transport.get(ApiCall.post("/reload_config"), StatusMsg.class);
    }

    // --- candles, strategies, resources ---

    /** The bot's analysed candles of a pair, all columns ({@code GET /pair_candles}). */
    public PairHistory pairCandles(String pair, String timeframe) {
        return pairCandles(pair, timeframe, null, null);
    }

    /**
     * The bot's analysed candles of a pair: {@code GET /pair_candles}, or {@code POST} when
     * {@code columns} is given.
     *
     * @param limit   only the newest rows; null = all
     * @param columns only these indicator columns (the candle and signal columns stay); null = all
     */
    public PairHistory pairCandles(String pair, String timeframe, Integer limit, List<String> columns) {
        if (columns == null) {
            return transport.get(ApiCall.get("/pair_candles").query("pair", pair).query("timeframe", timeframe)
                    .query("limit", limit), PairHistory.class);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pair", pair);
        body.put("timeframe", timeframe);
        if (limit != null) {
            body.put("limit", limit);
        }
        body.put("columns", columns);
        return transport.get(ApiCall.post("/pair_candles").body(body), PairHistory.class);
    }

    /**
     * Stored candles analysed by a strategy ({@code GET /pair_history}).
     *
     * @param timerange e.g. {@code 20240101-20240201}; null = all stored data
     * @param freqaimodel the FreqAI model; null = none
     */
    public PairHistory pairHistory(String pair, String timeframe, String strategy, String timerange,
                                   String freqaimodel) {
        return transport.get(ApiCall.get("/pair_history").query("pair", pair).query("timeframe", timeframe)
                .query("strategy", strategy).query("timerange", timerange == null ? "" : timerange)
                .query("freqaimodel", freqaimodel), PairHistory.class);
    }

    /** The running strategy's plot configuration ({@code GET /plot_config}). */
    public PlotConfig plotConfig() {
        return plotConfig(null);
    }

    /** A strategy's plot configuration, the running one's when null ({@code GET /plot_config?strategy=}). */
    public PlotConfig plotConfig(String strategy) {
        return transport.get(ApiCall.get("/plot_config").query("strategy", strategy), PlotConfig.class);
    }

    /** The strategies the server can load ({@code GET /strategies}). */
    public StrategyList strategies() {
        return transport.get(ApiCall.get("/strategies"), StrategyList.class);
    }

    /** A strategy's source and parameters ({@code GET /strategy/{name}}). */
    public Strategy strategy(String name) {
        return transport.get(ApiCall.get("/strategy/" + ApiCall.segment(name)), Strategy.class);
    }

    /** Every pair with stored candle data ({@code GET /available_pairs}). */
    public AvailablePairs availablePairs() {
        return availablePairs(null, null);
    }

    /**
     * Pairs with stored candle data ({@code GET /available_pairs?timeframe=&stake_currency=}).
     *
     * @param timeframe     only series of this timeframe; null = all
     * @param stakeCurrency only pairs quoted in it; null = all
     */
    public AvailablePairs availablePairs(String timeframe, String stakeCurrency) {
        return transport.get(ApiCall.get("/available_pairs").query("timeframe", timeframe)
                .query("stake_currency", stakeCurrency), AvailablePairs.class);
    }

    /** The exchange's markets ({@code GET /markets}). */
    public Markets markets() {
        return markets(null, null);
    }

    /** The exchange's markets with this base and/or quote currency ({@code GET /markets?base=&quote=}). */
    public Markets markets(String base, String quote) {
        return transport.get(ApiCall.get("/markets").query("base", base).query("quote", quote), Markets.class);
    }

    /** The exchanges the server knows ({@code GET /exchanges}). */
    public ExchangeList exchanges() {
        return transport.get(ApiCall.get("/exchanges"), ExchangeList.class);
    }

    /** The FreqAI models the server offers ({@code GET /freqaimodels}). */
    public FreqAIModelList freqaimodels() {
        return transport.get(ApiCall.get("/freqaimodels"), FreqAIModelList.class);
    }

    /** The pairlist handlers, with their parameters ({@code GET /pairlists/available}; webserver mode only). */
    public PairListsResponse pairlistsAvailable() {
        return transport.get(ApiCall.get("/pairlists/available"), PairListsResponse.class);
    }

    /** Closes the connections; the client cannot be used afterwards. */
    @Override
    public void close() {
        transport.close();
    }

    /** Settings of a {@link HertzClient}: credentials and time-outs. */
    public static final class Builder {
        private final String baseUrl;
        private Authorization authorization = Authorization.none();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration timeout = Duration.ofSeconds(30);

        private Builder(String url) {
            this.baseUrl = BaseUrl.normalise(url);
        }

        /** Sends HTTP Basic credentials with every request (freqtrade-client's way). */
        public Builder basicAuth(String username, String password) {
            this.authorization = Authorization.basic(username, password);
            return this;
        }

        /** Logs in once for JWTs and renews them as they expire (FreqUI's way). */
        public Builder jwtAuth(String username, String password) {
            this.authorization = Authorization.jwt(username, password);
            return this;
        }

        /** How long to wait for a connection (default 10 s). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** How long to wait for each response (default 30 s; {@code pair_history} on much data can take longer). */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The client. */
        public HertzClient build() {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            return new HertzClient(new Transport(http, baseUrl, timeout, authorization));
        }
    }
}
