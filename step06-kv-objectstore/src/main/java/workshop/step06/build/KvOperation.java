package workshop.step06.build;

/** What an entry in a key's history is: a value, or a marker that the key was deleted or purged. */
public enum KvOperation {
    PUT,
    DEL,
    PURGE
}
