package dev.kgx.model;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpanSetTest {
    @Property(tries = 300)
    void answersLikeAScanOfEverySpan(@ForAll @Size(max = 30) List<@IntRange(max = 100) Integer> starts,
                                     @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 8) Integer> lengths,
                                     @ForAll @IntRange(max = 100) int qb, @ForAll @IntRange(min = 1, max = 10) int ql) {
        SpanSet set = new SpanSet();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), lengths.size()); i++) {
            Span s = new Span(starts.get(i), starts.get(i) + lengths.get(i));
            spans.add(s);
            set.add(s);
        }
        Span query = new Span(qb, qb + ql);
        assertEquals(spans.stream().anyMatch(s -> s.overlaps(query)), set.overlaps(query));
    }
}
