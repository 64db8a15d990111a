package com.alvh.workbench.market;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The Act/365 Fixed day count used at every API of the workbench: a year fraction is the
 * number of calendar days divided by 365.
 */
public final class Act365 {

    /** Days in the Act/365 Fixed year. */
    public static final double DAYS_PER_YEAR = 365.0;

    private Act365() {
    }

    /**
     * Year fraction between two dates.
     *
     * @param start the start date (inclusive)
     * @param end the end date (exclusive); may precede {@code start}
     * @return {@code (end - start in calendar days) / 365}, negative if {@code end} is earlier
     */
    public static double yearFraction(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        return ChronoUnit.DAYS.between(start, end) / DAYS_PER_YEAR;
    }

    /**
     * Years in a number of calendar days.
     *
     * @param days calendar days
     * @return {@code days / 365}
     */
    public static double years(double days) {
        return days / DAYS_PER_YEAR;
    }

    /**
     * Calendar days in a year fraction.
     *
     * @param years a year fraction (Act/365)
     * @return {@code years * 365} (not rounded)
     */
    public static double days(double years) {
        return years * DAYS_PER_YEAR;
    }
}
