package org.cascade.data;

/**
 * A base-year figure with its provenance.
 *
 * @param value  the value used by the model, in the model's unit (USD, persons, Mt/yr)
 * @param source where it comes from (a source key from regional-data.md) or "assumption"
 * @param note   how it was derived: the reporter, the period, "annualised from Jan-Oct 2024 (x12/10)", ...
 */
public record Figure(double value, String source, String note) {
    public static Figure of(double value, String source, String note) {
        return new Figure(value, source, note);
    }

    /** A partial-year figure annualised: value * 12 / months. */
    public static Figure annualised(double partial, int months, String period, String source) {
        return new Figure(partial * 12.0 / months, source,
            "annualised from " + period + " (x12/" + months + ")");
    }

    public boolean isAssumption() {
        return source.startsWith("assumption");
    }
}
