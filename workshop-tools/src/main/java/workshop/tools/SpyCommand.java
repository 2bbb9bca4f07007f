package workshop.tools;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import workshop.tools.wire.WireEvent;
import workshop.tools.wire.WireSpy;

/**
 * {@code ./workshop spy [--port P] [--to nats://host:port]}: runs a {@link WireSpy} between clients
 * and a server and prints every frame, one per line, until Ctrl-C. Listens on 127.0.0.1 only; the
 * server is {@code --to}, else {@code NATS_URL}, else {@code nats://127.0.0.1:4222}.
 */
final class SpyCommand {

    static final String DEFAULT_SERVER = "nats://127.0.0.1:4222";

    private final Terminal terminal;
    private final String natsUrl;

    /** @param natsUrl the NATS_URL environment variable, or null */
    SpyCommand(Terminal terminal, String natsUrl) {
        this.terminal = terminal;
        this.natsUrl = natsUrl;
    }

    int run(List<String> arguments) {
        int port = 0;
        String to = natsUrl != null && !natsUrl.isBlank() ? natsUrl : DEFAULT_SERVER;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if ((argument.equals("--port") || argument.equals("--to")) && i + 1 >= arguments.size()) {
                throw new Main.UsageException(argument + " needs a value");
            }
            switch (argument) {
                case "--port" -> port = port(arguments.get(++i));
                case "--to" -> to = arguments.get(++i);
                default -> throw new Main.UsageException("unknown argument '" + argument + "'");
            }
        }
        InetSocketAddress server = WireSpy.address(to);
        try (WireSpy spy = start(port, server)) {
            terminal.out()
                    .println(terminal.bold("Spying on the NATS protocol") + ": listening on " + spy.url()
                            + ", forwarding to " + server.getHostString() + ":" + server.getPort() + ".");
            terminal.out()
                    .println("Point a client at it, e.g. NATS_URL=" + spy.url()
                            + " ./mvnw -q -pl step01-core-pubsub compile exec:java@listen");
            terminal.out()
                    .println(
                            terminal.dim("-> client to server   <- server to client   [what it means]   Ctrl-C stops"));
            Thread.currentThread().join(); // until Ctrl-C ends the JVM
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private WireSpy start(int port, InetSocketAddress server) {
        try {
            return new WireSpy(port, server, this::print);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "): choose another --port");
        }
    }

    private synchronized void print(WireEvent event) {
        String line = event.toString();
        int bracket = line.lastIndexOf("  [");
        if (terminal.colour() && bracket > 0 && line.endsWith("]")) {
            line = line.substring(0, bracket) + "  " + terminal.green(line.substring(bracket + 2));
        }
        if (event.isNote()) {
            line = terminal.dim(line);
        } else if (terminal.colour()) {
            String arrow = event.direction().arrow();
            int at = line.indexOf(" " + arrow + " ");
            line = line.substring(0, at + 1)
                    + (event.direction() == workshop.tools.wire.Direction.CLIENT_TO_SERVER
                            ? terminal.cyan(arrow)
                            : terminal.yellow(arrow))
                    + line.substring(at + 1 + arrow.length());
        }
        terminal.out().println(line);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new Main.UsageException("--port takes a port number (0 to 65535), not '" + text + "'");
        }
    }
}
