package workshop.step07.use;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;
import io.nats.client.JetStream;
import io.nats.client.Message;
import io.nats.client.Options;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import workshop.step07.given.ConsumerCrash;
import workshop.step07.given.Order;

/** The faults the step's tests inject, and the bookkeeping they judge by. */
final class FaultKit {

    private FaultKit() {}

    /**
     * Connection options for runs with faults: the client's reconnect attempts while a server is
     * down are expected, so they are not logged as errors.
     */
    static Options.Builder expectingOutages() {
        return new Options.Builder().errorListener(new ErrorListener() {
            @Override
            public void exceptionOccurred(Connection connection, Exception exception) {
                // a refused reconnect while the server restarts: expected here
            }
        });
    }

    /** {@code count} orders with ids unique to this run and seeded quantities. */
    static List<Order> orders(String run, int count, Random random) {
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            orders.add(new Order("%s-%04d".formatted(run, i), 1 + random.nextInt(9)));
        }
        return orders;
    }

    static List<String> ids(List<Order> orders) {
        return orders.stream().map(Order::id).toList();
    }

    /**
     * A JetStream whose publish acks get lost: the message really is published and stored, but the
     * caller gets the IOException a timed-out ack gives, as when the ack is dropped on the way back.
     */
    static JetStream losingAcks(JetStream real, Random random, double lossRate, AtomicInteger lost) {
        return (JetStream) Proxy.newProxyInstance(
                JetStream.class.getClassLoader(), new Class<?>[] {JetStream.class}, (proxy, method, arguments) -> {
                    Object result = invoke(real, method, arguments);
                    boolean lose = method.getName().startsWith("publish") && random.nextDouble() < lossRate;
                    if (!lose) {
                        return result;
                    }
                    lost.incrementAndGet();
                    IOException ackLost = new IOException(
                            "Timeout or no response waiting for NATS JetStream server (the test dropped this ack)");
                    if (result instanceof CompletableFuture<?>) {
                        return CompletableFuture.failedFuture(ackLost);
                    }
                    throw ackLost;
                });
    }

    /** The message as the handler sees it, except that acking it kills the consumer first: it dies before the ack. */
    static Message dyingOnAck(Message real) {
        return (Message) Proxy.newProxyInstance(
                Message.class.getClassLoader(), new Class<?>[] {Message.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("ack")) {
                        throw new ConsumerCrash("died before acking "
                                + Order.fromBytes(real.getData()).id());
                    }
                    return invoke(real, method, arguments);
                });
    }

    /** The message as the handler sees it, with every ack method it calls written down. */
    static Message recordingAcks(Message real, List<String> ackCalls) {
        return (Message) Proxy.newProxyInstance(
                Message.class.getClassLoader(), new Class<?>[] {Message.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("ack")
                            || method.getName().equals("nak")
                            || method.getName().equals("term")) {
                        ackCalls.add(method.getName());
                    }
                    return invoke(real, method, arguments);
                });
    }

    /** Picks the orders whose first delivery crashes the consumer, and forgets each once it has crashed. */
    static Set<String> crashOnFirstDelivery(List<Order> orders, Random random, double rate) {
        Set<String> chosen = Collections.synchronizedSet(new HashSet<>());
        orders.stream().filter(order -> random.nextDouble() < rate).forEach(order -> chosen.add(order.id()));
        return chosen;
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The effect of the pipeline: every order shipped, once per time it was shipped. */
    static final class Shipments implements Consumer<Order> {
        private final List<String> shipped = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void accept(Order order) {
            shipped.add(order.id());
        }

        List<String> ids() {
            synchronized (shipped) {
                return List.copyOf(shipped);
            }
        }

        long distinct() {
            return ids().stream().distinct().count();
        }
    }
}
