package dev.kgx.extract;

import dev.kgx.Resources;
import dev.kgx.model.EventType;
import dev.kgx.model.TemporalValue;

import java.util.HashMap;
import java.util.Map;

/**
 * Founding dates of the lexicon's organizations and first-release dates of its products
 * ({@code lexicon/known-dates.tsv}). They check dates the text states and fill in the year a date leaves out;
 * they never date an event on their own.
 */
public final class KnownDates {
    private final Map<String, TemporalValue> founded = new HashMap<>();
    private final Map<String, TemporalValue> released = new HashMap<>();

    public static KnownDates load() {
        KnownDates k = new KnownDates();
        for (String line : Resources.lines("dev/kgx/lexicon/known-dates.tsv")) {
            String[] f = line.split("\t");
            TemporalValue date = TemporalValue.tryParse(f[2]).orElseThrow(() -> new IllegalStateException(
                    "known-dates.tsv: not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + line));
            switch (f[1]) {
                case "founded" -> k.founded.put(f[0], date);
                case "released" -> k.released.put(f[0], date);
                default -> throw new IllegalStateException("unknown kind in known-dates.tsv: " + line);
            }
        }
        return k;
    }

    /** The first release of a product of the lexicon, or null. */
    public TemporalValue released(String key) {
        return released.get(key);
    }

    /**
     * Whether an event's date can be right: not before the founding of an organization taking part, nor, for a
     * launch, before the product's first release.
     */
    public boolean plausible(TemporalValue date, EventType type, String agentKey, String objectKey) {
        if (date == null) {
            return true;
        }
        for (String key : new String[] {agentKey, objectKey}) {
            TemporalValue since = key == null ? null : founded.get(key);
            if (since != null && date.isBefore(since)) {
                return false;
            }
        }
        TemporalValue first = objectKey == null ? null : released.get(objectKey);
        return type != EventType.PRODUCT_LAUNCH || first == null || !date.isBefore(first);
    }
}
