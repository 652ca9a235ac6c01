package dev.kgx.model;

/**
 * A date as precise as the text states it.
 *
 * @param lexical   the XSD lexical form ({@code 2024-05-17}, {@code 2024-05}, {@code 2024})
 * @param precision which XSD datatype the lexical form belongs to
 */
public record TemporalValue(String lexical, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR }

    public static TemporalValue year(int y) {
        return new TemporalValue(String.format("%04d", y), Precision.YEAR);
    }

    public static TemporalValue month(int y, int m) {
        return new TemporalValue(String.format("%04d-%02d", y, m), Precision.MONTH);
    }

    public static TemporalValue day(int y, int m, int d) {
        return new TemporalValue(String.format("%04d-%02d-%02d", y, m, d), Precision.DAY);
    }

    /** Reads an XSD lexical form: {@code 2024}, {@code 2024-05} or {@code 2024-05-17}. */
    public static TemporalValue parse(String lexical) {
        String[] parts = lexical.strip().split("-");
        return switch (parts.length) {
            case 1 -> year(Integer.parseInt(parts[0]));
            case 2 -> month(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            case 3 -> day(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            default -> throw new IllegalArgumentException("not a date: " + lexical);
        };
    }

    public int yearValue() {
        return Integer.parseInt(lexical.substring(0, 4));
    }

    /** The month, or 0 for a year. */
    public int monthValue() {
        return precision == Precision.YEAR ? 0 : Integer.parseInt(lexical.substring(5, 7));
    }

    /**
     * Whether this date certainly lies before {@code other}, comparing only what both state: 2003 is before
     * 2015-12, 2015 is not before 2015-12.
     */
    public boolean isBefore(TemporalValue other) {
        int n = Math.min(lexical.length(), other.lexical.length());
        return lexical.substring(0, n).compareTo(other.lexical.substring(0, n)) < 0;
    }
}
