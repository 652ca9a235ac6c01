package dev.kgx.extract;

import dev.kgx.model.EventType;
import dev.kgx.model.TemporalValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnownDatesTest {
    private final KnownDates known = KnownDates.load();

    @Test
    void anEventCannotPredateTheOrganization() {
        // Microsoft was founded in April 1975
        assertFalse(known.plausible(TemporalValue.year(1970), EventType.JOINING, "someone", "microsoft"));
        assertFalse(known.plausible(TemporalValue.month(1975, 3), EventType.JOINING, "someone", "microsoft"));
        assertTrue(known.plausible(TemporalValue.year(1975), EventType.JOINING, "someone", "microsoft"),
                "the founding year itself can be right");
        assertTrue(known.plausible(TemporalValue.year(1990), EventType.INVESTMENT, "microsoft", "unknownco"));
        assertTrue(known.plausible(null, EventType.JOINING, "someone", "microsoft"));
    }

    @Test
    void aLaunchCannotPredateTheFirstRelease() {
        // the iPhone was first released on 2007-06-29
        assertFalse(known.plausible(TemporalValue.month(2007, 1), EventType.PRODUCT_LAUNCH, "apple", "iphone"));
        assertTrue(known.plausible(TemporalValue.day(2007, 6, 29), EventType.PRODUCT_LAUNCH, "apple", "iphone"));
        assertTrue(known.plausible(TemporalValue.year(2001), EventType.DEPARTURE, "someone", "iphone"),
                "release dates only bound launches");
        assertEquals("2007-06-29", known.released("iphone").lexical());
    }

    @Test
    void datesCompareOnWhatBothState() {
        assertTrue(TemporalValue.year(2003).isBefore(TemporalValue.month(2015, 12)));
        assertFalse(TemporalValue.year(2015).isBefore(TemporalValue.month(2015, 12)));
        assertFalse(TemporalValue.month(2015, 12).isBefore(TemporalValue.year(2015)));
        assertEquals(TemporalValue.month(2015, 12), TemporalValue.parse("2015-12"));
    }
}
