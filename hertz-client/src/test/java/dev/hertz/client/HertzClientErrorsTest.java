package dev.hertz.client;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every failure is one exception type with the HTTP status and the server's own message. */
class HertzClientErrorsTest {

    private static HertzClientException failure(int status, String body, Consumer<HertzClient> call) {
        try (StubServer server = new StubServer(r -> new StubServer.Reply(status, body));
             HertzClient client = HertzClient.create(server.url(), "u", "p")) {
            return catchThrowableOfType(HertzClientException.class, () -> call.accept(client));
        }
    }

    @Test
    void detailTextIsTheMessage() {
        HertzClientException e = failure(404, "{\"detail\":\"Trade not found.\"}", c -> c.trade(42));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.detail()).isEqualTo("Trade not found.");
        assertThat(e.request()).isEqualTo("GET /api/v1/trade/42");
        assertThat(e.getMessage()).isEqualTo("HTTP 404 from GET /api/v1/trade/42: Trade not found.");
        assertThat(e.body()).isEqualTo("{\"detail\":\"Trade not found.\"}");
    }

    @Test
    void validationListsNameEachPlaceAndProblem() {
        HertzClientException e = failure(422, """
                {"detail":[{"type":"missing","loc":["body","pair"],"msg":"Field required","input":null},
                           {"type":"int_parsing","loc":["query","limit"],"msg":"Input should be a valid integer"}]}""",
                c -> c.forceenter("", null));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.detail()).isEqualTo("body.pair: Field required; query.limit: Input should be a valid integer");
    }

    @Test
    void botErrorsCarryTheirErrorText() {
        HertzClientException e = failure(502, "{\"error\":\"Error querying /api/v1/forceexit: invalid argument\"}",
                c -> c.forceexit("9"));
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.detail()).isEqualTo("Error querying /api/v1/forceexit: invalid argument");
    }

    @Test
    void bodiesThatAreNoJsonAreShownAsText() {
        HertzClientException e = failure(500, "Internal Server Error", HertzClient::status);
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.detail()).isEqualTo("Internal Server Error");
        assertThat(failure(503, "", HertzClient::status).detail()).isEqualTo("HTTP 503 without a body");
    }

    @Test
    void aSuccessThatIsNotTheEndpointsAnswerIsReported() {
        HertzClientException e = failure(200, "<html>a proxy page</html>", HertzClient::count);
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.detail()).startsWith("Unexpected answer:");
    }

    @Test
    void forceEnterThatEntersNothingIsAnError() {
        HertzClientException e = failure(200, "{\"status\":\"Error entering long trade for pair BTC/USDT.\"}",
                c -> c.forceenter("BTC/USDT", "long"));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.detail()).isEqualTo("Error entering long trade for pair BTC/USDT.");
    }

    @Test
    void aRefusedConnectionHasNoStatus() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (HertzClient client = HertzClient.create("http://127.0.0.1:" + port, "u", "p")) {
            HertzClientException e = catchThrowableOfType(HertzClientException.class, client::version);
            assertThat(e.status()).isEqualTo(HertzClientException.NO_RESPONSE);
            assertThat(e.detail()).isEqualTo("Connection error - could not connect to 127.0.0.1:" + port + ".");
            assertThat(e.body()).isNull();
        }
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        CountDownLatch release = new CountDownLatch(1);
        try (StubServer server = new StubServer(r -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new StubServer.Reply(200, "{}");
        }); HertzClient client = HertzClient.builder(server.url()).timeout(Duration.ofMillis(200)).build()) {
            HertzClientException e = catchThrowableOfType(HertzClientException.class, client::version);
            assertThat(e.status()).isEqualTo(HertzClientException.NO_RESPONSE);
            assertThat(e.detail()).startsWith("No response from 127.0.0.1:").endsWith("within 200 ms.");
        } finally {
            release.countDown();
        }
    }

    @Test
    void badServerUrlsAreRefusedUpFront() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> HertzClient.builder("127.0.0.1:8080")))
                .hasMessageContaining("'127.0.0.1:8080'").hasMessageContaining("http://host:port");
        try (HertzClient client = HertzClient.builder("http://127.0.0.1:8080/api/v1/").build()) {
            assertThat(client.baseUrl()).isEqualTo("http://127.0.0.1:8080");
        }
    }
}
