package dev.hertz.app.notify;

import com.sun.net.httpserver.HttpServer;
import dev.hertz.app.AppContext;
import dev.hertz.app.NotifyService;
import dev.hertz.app.api.ApiBot;
import dev.hertz.core.logging.LoggingSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A trading bot with {@code webhook} enabled posts its entry to the configured URL as the trade happens. */
class WebhookWiringTest {
    @TempDir
    Path dir;

    @Test
    void aForceEntryReachesTheWebhook() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        String webhook = """
                {"webhook": {"enabled": true, "url": "http://127.0.0.1:%d/hook", "format": "json",
                             "entry": {"text": "{type} {pair} {direction}"}}}
                """.formatted(receiver.getAddress().getPort());
        try (ApiBot bot = new ApiBot(dir, webhook)) {
            AppContext ctx = new AppContext(LoggingSetup.install(), InputStream.nullInputStream(),
                    new PrintStream(PrintStream.nullOutputStream()), Map.of(), dir);
            NotifyService.register(ctx, bot.runner());
            assertThat(bot.post("/forceenter", "{\"pair\": \"BTC/USDT\"}").status()).isEqualTo(200);
            ApiBot.awaitTrue(() -> !bodies.isEmpty());
            assertThat(bodies.get(0)).isEqualTo("{\"text\": \"entry BTC/USDT Long\"}");
        } finally {
            receiver.stop(0);
        }
    }
}
