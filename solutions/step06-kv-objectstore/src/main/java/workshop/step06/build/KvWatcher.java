package workshop.step06.build;

/** Hears a watch: the current entries, then {@link #endOfInitialData()} once, then every change. */
public interface KvWatcher {

    void onEntry(KvEntry entry);

    void endOfInitialData();
}
