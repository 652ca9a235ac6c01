package dev.kgx.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar date as precise as the text states it: a {@link LocalDate} (a day), a {@link YearMonth} or a
 * {@link Year}. Only real calendar dates can be built: there is no value for 2024-02-30 or 2020-13, so a misread
 * date cannot travel further than the place that read it.
 *
 * @param value a {@link LocalDate}, {@link YearMonth} or {@link Year}
 */
public record TemporalValue(Temporal value) {
    /** How precise a date is; each precision has its XSD datatype ({@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear}). */
    public enum Precision { DAY, MONTH, YEAR }

    public TemporalValue {
        Objects.requireNonNull(value);
        if (!(value instanceof LocalDate || value instanceof YearMonth || value instanceof Year)) {
            throw new IllegalArgumentException("a date is a LocalDate, YearMonth or Year, not " + value.getClass());
        }
    }

    /** A year; throws {@link DateTimeException} outside the years java.time knows. */
    public static TemporalValue year(int y) {
        return new TemporalValue(Year.of(y));
    }

    /** A month of a year; throws {@link DateTimeException} for a month outside 1–12. */
    public static TemporalValue month(int y, int m) {
        return new TemporalValue(YearMonth.of(y, m));
    }

    /** A day; throws {@link DateTimeException} for a day the calendar does not have (2024-02-30). */
    public static TemporalValue day(int y, int m, int d) {
        return new TemporalValue(LocalDate.of(y, m, d));
    }

    public static TemporalValue of(LocalDate day) {
        return new TemporalValue(day);
    }

    /**
     * The date with the parts given, or empty when they name no calendar date (month 13, 30 February): a year
     * alone when {@code month} is null, a month when {@code day} is null.
     */
    public static Optional<TemporalValue> of(int year, Integer month, Integer day) {
        try {
            if (month == null) {
                return Optional.of(year(year));
            }
            return Optional.of(day == null ? month(year, month) : day(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an XSD lexical form ({@code 2024}, {@code 2024-05} or {@code 2024-05-17}); throws
     * {@link IllegalArgumentException} when it is none or names no calendar date.
     */
    public static TemporalValue parse(String lexical) {
        return tryParse(lexical).orElseThrow(() -> new IllegalArgumentException(
                "not a date (YYYY-MM-DD, YYYY-MM or YYYY): " + lexical));
    }

    /** Reads an XSD lexical form as {@link #parse} does, or empty when it is none. */
    public static Optional<TemporalValue> tryParse(String lexical) {
        String s = lexical == null ? "" : lexical.strip();
        try {
            if (s.matches("\\d{4}")) {
                return Optional.of(year(Integer.parseInt(s)));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new TemporalValue(YearMonth.parse(s)));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new TemporalValue(LocalDate.parse(s)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public Precision precision() {
        if (value instanceof LocalDate) {
            return Precision.DAY;
        }
        return value instanceof YearMonth ? Precision.MONTH : Precision.YEAR;
    }

    /** The XSD lexical form: {@code 2024-05-17}, {@code 2024-05} or {@code 2024}. */
    public String lexical() {
        return switch (precision()) {
            case DAY, MONTH -> value.toString();
            case YEAR -> String.format("%04d", yearValue());
        };
    }

    public int yearValue() {
        if (value instanceof LocalDate d) {
            return d.getYear();
        }
        return value instanceof YearMonth m ? m.getYear() : ((Year) value).getValue();
    }

    /** The month, or 0 for a year. */
    public int monthValue() {
        if (value instanceof LocalDate d) {
            return d.getMonthValue();
        }
        return value instanceof YearMonth m ? m.getMonthValue() : 0;
    }

    /** The day, when this is one. */
    public Optional<LocalDate> day() {
        return value instanceof LocalDate d ? Optional.of(d) : Optional.empty();
    }

    /** The first day this date covers: the day itself, the first of the month, or 1 January. */
    public LocalDate firstDay() {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof YearMonth m ? m.atDay(1) : ((Year) value).atDay(1);
    }

    /** The last day this date covers: the day itself, the last of the month, or 31 December. */
    public LocalDate lastDay() {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof YearMonth m ? m.atEndOfMonth() : ((Year) value).atMonth(12).atEndOfMonth();
    }

    /**
     * Whether this date certainly lies before {@code other}, comparing only what both state: 2003 is before
     * 2015-12, 2015 is not before 2015-12.
     */
    public boolean isBefore(TemporalValue other) {
        Precision coarser = precision().compareTo(other.precision()) >= 0 ? precision() : other.precision();
        return truncated(coarser).compareTo(other.truncated(coarser)) < 0;
    }

    /** This date with no more than the given precision, as a comparable first day. */
    private LocalDate truncated(Precision p) {
        LocalDate d = firstDay();
        return switch (p) {
            case DAY -> d;
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    @Override
    public String toString() {
        return lexical();
    }
}
