package dev.kgx.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Disjoint sets over a fixed collection of items; the first-added item of a set stays its representative. */
final class UnionFind<T> {
    private final Map<T, T> parent = new HashMap<>();
    private final Map<T, Integer> order = new HashMap<>();

    UnionFind(Collection<T> items) {
        for (T t : items) {
            parent.put(t, t);
            order.put(t, order.size());
        }
    }

    T find(T t) {
        T p = parent.get(t);
        if (p.equals(t)) {
            return t;
        }
        T root = find(p);
        parent.put(t, root);
        return root;
    }

    void union(T a, T b) {
        T ra = find(a);
        T rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        if (order.get(ra) <= order.get(rb)) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
