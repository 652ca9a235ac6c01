package dev.kgx.model;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemporalValueTest {
    @Test
    void keepsTheXsdLexicalFormOfEachPrecision() {
        assertEquals("2024-05-17", TemporalValue.day(2024, 5, 17).lexical());
        assertEquals("2024-05", TemporalValue.month(2024, 5).lexical());
        assertEquals("2024", TemporalValue.year(2024).lexical());
        assertEquals("0999", TemporalValue.year(999).lexical(), "xsd:gYear has at least four digits");
        assertEquals(TemporalValue.Precision.MONTH, TemporalValue.parse("2015-12").precision());
    }

    @Test
    void impossibleDatesCannotBeBuilt() {
        assertThrows(DateTimeException.class, () -> TemporalValue.day(2024, 2, 30));
        assertThrows(DateTimeException.class, () -> TemporalValue.month(2020, 13));
        assertEquals(Optional.empty(), TemporalValue.of(2023, 2, 29));
        assertEquals(Optional.of(TemporalValue.day(2024, 2, 29)), TemporalValue.of(2024, 2, 29));
        assertEquals(Optional.of(TemporalValue.year(2020)), TemporalValue.of(2020, null, null));
    }

    @Test
    void parsingRefusesWhatIsNoDate() {
        assertEquals(Optional.empty(), TemporalValue.tryParse("2024-02-30"));
        assertEquals(Optional.empty(), TemporalValue.tryParse("2024-5-17"));
        assertEquals(Optional.empty(), TemporalValue.tryParse("17/05/2024"));
        assertEquals(Optional.empty(), TemporalValue.tryParse(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TemporalValue.parse("2024-13"));
        assertTrue(e.getMessage().contains("2024-13"), e.getMessage());
    }

    @Test
    void comparesOnlyWhatBothState() {
        assertTrue(TemporalValue.year(2003).isBefore(TemporalValue.month(2015, 12)));
        assertFalse(TemporalValue.year(2015).isBefore(TemporalValue.month(2015, 12)));
        assertFalse(TemporalValue.month(2015, 12).isBefore(TemporalValue.year(2015)));
        assertTrue(TemporalValue.month(2015, 11).isBefore(TemporalValue.day(2015, 12, 1)));
        assertFalse(TemporalValue.day(2015, 12, 31).isBefore(TemporalValue.month(2015, 12)));
    }

    @Test
    void partsOfADate() {
        TemporalValue d = TemporalValue.day(2021, 6, 3);
        assertEquals(2021, d.yearValue());
        assertEquals(6, d.monthValue());
        assertEquals(Optional.of(LocalDate.of(2021, 6, 3)), d.day());
        assertEquals(0, TemporalValue.year(2021).monthValue());
        assertEquals(LocalDate.of(2021, 6, 1), TemporalValue.month(2021, 6).firstDay());
        assertEquals(Optional.empty(), TemporalValue.month(2021, 6).day());
    }
}
