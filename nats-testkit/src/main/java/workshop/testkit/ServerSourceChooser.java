package workshop.testkit;

import workshop.tools.ServerSourceOrder;

/**
 * Chooses where the tests' nats-server comes from. The order, the variables and the default Docker
 * image are the tools' {@link ServerSourceOrder} (so that {@code ./workshop doctor} and the README say
 * exactly what happens here): {@code NATS_URL}, then a local binary ({@code NATS_SERVER_PATH}, the
 * PATH, then the places package managers put it), then Docker; {@code NATS_SERVER_SOURCE=docker}
 * chooses Docker before all of them. This class turns that choice into a {@link ServerSource} the kit
 * can start, and into {@link NoNatsServerFound} when nothing works.
 */
public final class ServerSourceChooser {

    private ServerSourceChooser() {}

    /** The source for this test JVM; throws {@link NoNatsServerFound}, whose message lists the fixes, when there is none. */
    public static ServerSource choose(HostEnvironment host) {
        return switch (ServerSourceOrder.choose(host)) {
            case ServerSourceOrder.External external -> new ServerSource.ExternalServer(external.url());
            case ServerSourceOrder.Binary binary ->
                new ServerSource.LocalBinary(binary.executable(), binary.foundVia());
            case ServerSourceOrder.Docker docker -> new ServerSource.DockerImage(docker.image(), docker.hostNetwork());
            case ServerSourceOrder.Nothing nothing -> throw new NoNatsServerFound(nothing);
        };
    }
}
