package org.cascade.region;

import java.time.YearMonth;

/** The model's clock: one step is one month, step 0 is January 2025 (the month after the 2024 base year). */
public final class Calendar {
    public static final YearMonth START = YearMonth.of(2025, 1);

    private Calendar() {
    }

    public static int stepOf(YearMonth date) {
        return (date.getYear() - START.getYear()) * 12 + date.getMonthValue() - START.getMonthValue();
    }

    public static YearMonth dateOf(int step) {
        return START.plusMonths(step);
    }
}
