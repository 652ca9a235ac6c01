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
}
