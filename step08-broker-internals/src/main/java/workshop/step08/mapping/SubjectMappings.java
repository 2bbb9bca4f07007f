package workshop.step08.mapping;

import java.util.List;

/** The broker's mappings, tried in order: the first whose source matches rewrites the subject. */
public final class SubjectMappings {

    private final List<SubjectMapping> mappings;

    public SubjectMappings(List<SubjectMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    public boolean isEmpty() {
        return mappings.isEmpty();
    }

    /** The subject to route to: the first matching mapping's result, or the subject itself. */
    public String apply(String subject) {
        for (SubjectMapping mapping : mappings) {
            String mapped = mapping.apply(subject);
            if (mapped != null) {
                return mapped;
            }
        }
        return subject;
    }
}
