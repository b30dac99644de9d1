package org.campuspilot.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Unmodifiable sets of enum values that iterate in the enum's order, every run: {@code Set.copyOf} iterates in an
 * order that changes from one JVM to the next, which made exports of the same records differ byte for byte.
 */
public final class OrderedSets {
    private OrderedSets() {
    }

    /** The values, in declaration order; null gives the empty set. */
    public static <E extends Enum<E>> Set<E> of(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
