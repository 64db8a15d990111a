package com.alvh.workbench.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The US equity-market trading days (NYSE, and Cboe's SPX options, which keep the same full-day
 * holidays): weekdays that are not an exchange holiday. Needed where history runs out, e.g. to count
 * the trading days to a VIX future expiring months after the last row of data, and to find a year's
 * first and last trading day.
 *
 * <p>The rules (NYSE Rule 7.2 as applied since 1990): New Year's Day (on a Sunday: the Monday; on a
 * Saturday: no closure, the Friday before ends the accounting year), Martin Luther King Jr. Day (third
 * Monday of January, from 1998), Washington's Birthday (third Monday of February), Good Friday,
 * Memorial Day (last Monday of May), Juneteenth (June 19, from 2022), Independence Day, Labor Day
 * (first Monday of September), Thanksgiving (fourth Thursday of November) and Christmas; a fixed-date
 * holiday on a Saturday closes the Friday before and on a Sunday the Monday after. Plus the unscheduled
 * closures since 1990: 1994-04-27 (President Nixon's funeral), 2001-09-11..14 (the attacks),
 * 2004-06-11 (President Reagan's funeral), 2007-01-02 (President Ford's funeral), 2012-10-29..30
 * (Hurricane Sandy), 2018-12-05 (President G.H.W. Bush's funeral) and 2025-01-09 (President Carter's
 * funeral). Closures yet to be announced are of course unknown.
 *
 * <p>Checked against the shipped S&amp;P 500 history: on every weekday from 1990-01-02 to the last SPX row
 * (2026-08-20) a day is a trading day by these rules exactly when {@code spx_daily.csv} has a row for it
 * ({@code TradingCalendarTest}); so inside the data the rules and the data agree day for day, and
 * beyond it the rules carry on. Valid from 1990 (dates before throw).
 */
public final class TradingCalendar {

    /** First year the rules are stated for. */
    public static final int FIRST_YEAR = 1990;

    private static final Set<LocalDate> SPECIAL_CLOSURES = Set.of(
            LocalDate.of(1994, 4, 27),
            LocalDate.of(2001, 9, 11), LocalDate.of(2001, 9, 12), LocalDate.of(2001, 9, 13), LocalDate.of(2001, 9, 14),
            LocalDate.of(2004, 6, 11),
            LocalDate.of(2007, 1, 2),
            LocalDate.of(2012, 10, 29), LocalDate.of(2012, 10, 30),
            LocalDate.of(2018, 12, 5),
            LocalDate.of(2025, 1, 9));

    private TradingCalendar() {
    }

    /**
     * Whether the exchange is open on a date.
     *
     * @param date a date in or after {@value #FIRST_YEAR}
     * @return true on a weekday that is not a holiday or an unscheduled closure
     * @throws IllegalArgumentException for a date before {@value #FIRST_YEAR}
     */
    public static boolean isTradingDay(LocalDate date) {
        if (date.getYear() < FIRST_YEAR) {
            throw new IllegalArgumentException("the trading calendar starts in " + FIRST_YEAR + ", asked for " + date);
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        return !isHoliday(date) && !SPECIAL_CLOSURES.contains(date);
    }

    /** The last trading day on or before {@code date}. */
    public static LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isTradingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The first trading day on or after {@code date}. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isTradingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The first trading day of a year. */
    public static LocalDate firstOfYear(int year) {
        return onOrAfter(LocalDate.of(year, 1, 1));
    }

    /** The last trading day of a year. */
    public static LocalDate lastOfYear(int year) {
        return onOrBefore(LocalDate.of(year, 12, 31));
    }

    /**
     * Trading days in {@code (from, to]}: 0 when {@code to} is not after {@code from}.
     *
     * @param from the start (excluded)
     * @param to the end (included)
     * @return the count
     */
    public static int tradingDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isTradingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isHoliday(LocalDate date) {
        int year = date.getYear();
        Month month = date.getMonth();
        switch (month) {
            case JANUARY:
                return date.equals(newYear(year))
                        || (year >= 1998 && date.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3)));
            case FEBRUARY:
                return date.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));
            case MARCH:
            case APRIL:
                return date.equals(easterSunday(year).minusDays(2));
            case MAY:
                return date.equals(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            case JUNE:
                return year >= 2022 && date.equals(observed(LocalDate.of(year, 6, 19)));
            case JULY:
                return date.equals(observed(LocalDate.of(year, 7, 4)));
            case SEPTEMBER:
                return date.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));
            case NOVEMBER:
                return date.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));
            case DECEMBER:
                return date.equals(observed(LocalDate.of(year, 12, 25)));
            default:
                return false;
        }
    }

    /** New Year's Day as closed: Jan 1, or Jan 2 when Jan 1 is a Sunday; none when it is a Saturday. */
    private static LocalDate newYear(int year) {
        LocalDate d = LocalDate.of(year, 1, 1);
        return d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    /** A fixed-date holiday as closed: Saturday to Friday, Sunday to Monday. */
    private static LocalDate observed(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.minusDays(1);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }

    /** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
