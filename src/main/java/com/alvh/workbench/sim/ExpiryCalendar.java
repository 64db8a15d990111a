package com.alvh.workbench.sim;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * When options on the SPX monthly cycle expire, in steps of a run: for an opening at step {@code t},
 * the step of the standard monthly expiration of the calendar month after the opening's month (the
 * third Friday; the trading day before it when that Friday is not a trading day). A replay uses its
 * real dates; model paths start on no date and use {@link #modelCycle()}.
 */
@FunctionalInterface
public interface ExpiryCalendar {

    /** Trading days of a model month: expirations fall every this many steps. */
    int MODEL_CYCLE_STEPS = 21;
    /** Trading days from a model expiration to the end of its month (the third Friday is ~15 days in). */
    int MODEL_DAYS_AFTER_EXPIRY = 7;

    /**
     * @param openStep the step an option opens at (&gt;= 0)
     * @return the step it expires at (&gt; openStep; may lie beyond the run)
     */
    int monthlyExpiryStep(int openStep);

    /**
     * The calendar of model paths: expirations at steps 21, 42, 63, ..., each month running from 14
     * steps before its expiration to 6 after it, so that step 0 is an expiration day and an opening
     * expires 15 to 35 trading days later (21 when it opens on an expiration day), as on the real cycle.
     */
    static ExpiryCalendar modelCycle() {
        return t -> MODEL_CYCLE_STEPS * ((t + MODEL_CYCLE_STEPS - MODEL_DAYS_AFTER_EXPIRY) / MODEL_CYCLE_STEPS + 1);
    }

    /**
     * The standard monthly SPX expiration of a month on a calendar without holidays: its third Friday.
     *
     * @param year the year
     * @param month 1..12
     */
    static LocalDate thirdFriday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    }

    /**
     * The calendar of dated steps (a replay): expirations on the real trading days; an expiration
     * Friday that is no trading day (Good Friday 2008-03-21, 2014-04-18, ...) moves to the trading day
     * before it. Expirations after the last date are counted on in weekdays.
     *
     * @param dates the trading date of each step, ascending
     */
    static ExpiryCalendar dated(LocalDate[] dates) {
        LocalDate[] d = dates.clone();
        int[] expiry = new int[d.length];
        for (int t = 0; t < d.length; t++) {
            LocalDate next = d[t].plusMonths(1);
            expiry[t] = stepOf(d, thirdFriday(next.getYear(), next.getMonthValue()));
        }
        return t -> t < expiry.length ? expiry[t] : t + MODEL_CYCLE_STEPS;
    }

    /** The step of the last trading day on or before {@code date}; past the end, counted on in weekdays. */
    private static int stepOf(LocalDate[] dates, LocalDate date) {
        int last = dates.length - 1;
        if (date.isAfter(dates[last])) {
            return last + weekdaysBetween(dates[last], date);
        }
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -i - 2;
    }

    /** Weekdays after {@code from} up to and including {@code to}. */
    private static int weekdaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        long days = ChronoUnit.DAYS.between(from, to);
        for (long k = 1; k <= days; k++) {
            DayOfWeek w = from.plusDays(k).getDayOfWeek();
            if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
