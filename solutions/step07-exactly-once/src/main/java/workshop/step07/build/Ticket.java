package workshop.step07.build;

/** A consumer's copy of a ticket, with the version of the last event applied to it. */
public record Ticket(String id, String title, int price, long version) {}
