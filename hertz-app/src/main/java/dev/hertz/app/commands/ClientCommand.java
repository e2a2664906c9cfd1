package dev.hertz.app.commands;

import dev.hertz.app.AppContext;
import dev.hertz.client.HertzClient;
import dev.hertz.client.HertzClientException;
import dev.hertz.client.cli.Commands;
import dev.hertz.client.cli.RestConfig;
import dev.hertz.client.cli.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code client}: freqtrade-client on the command line. Reads the server's address and
 * credentials from a config's {@code api_server} section, runs one command through
 * {@link HertzClient} and prints the answer as pretty JSON. Any failure (the server's error,
 * no server, bad arguments) is logged with its message and exits with 1.
 */
@Command(name = "client", description = "Call a bot's REST API, as freqtrade-client does ('client help' lists the commands).",
        mixinStandardHelpOptions = true)
public final class ClientCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ClientCommand.class);

    private final AppContext ctx;

    @Option(names = {"-c", "--config"}, paramLabel = "PATH", defaultValue = "config.json",
            description = "Config file whose api_server section names the server and credentials (default: config.json).")
    private String config;
    @Option(names = "--show", description = "List the commands with their parameters and exit.")
    private boolean show;
    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "A command and its arguments: positional, or key=value (e.g. trades limit=5).")
    private List<String> words = new ArrayList<>();

    public ClientCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        String command = words.isEmpty() ? "help" : words.get(0);
        try {
            if (show || "help".equals(command)) {
                ctx.out().print(Commands.help(words.size() > 1 ? words.get(1) : null));
                return 0;
            }
            RestConfig server = RestConfig.read(ctx.cwd().resolve(config));
            HertzClient.Builder builder = HertzClient.builder(server.url());
            if (server.username() != null) {
                builder.basicAuth(server.username(), server.password() == null ? "" : server.password());
            }
            try (HertzClient client = builder.build()) {
                ctx.out().println(Commands.toJson(Commands.run(client, words)));
            }
            return 0;
        } catch (UsageException | HertzClientException | IllegalArgumentException e) {
            LOG.error("Error executing command {}: {}", command, e.getMessage());
            return 1;
        }
    }
}
