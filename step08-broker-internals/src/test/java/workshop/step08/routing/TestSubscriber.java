package workshop.step08.routing;

/** A subscriber that is only an id: enough for the index, which never sends anything. */
record TestSubscriber(long clientId) implements Subscriber {

    @Override
    public boolean send(byte[] head, byte[] payload, int offset, int length) {
        return true;
    }

    @Override
    public void expired(Subscription subscription) {}
}
