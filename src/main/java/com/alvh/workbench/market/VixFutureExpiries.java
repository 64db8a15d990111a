package com.alvh.workbench.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Expiry (final settlement) dates of the monthly Cboe VIX futures (CFE "VX") and of the VIX options
 * that expire with them.
 *
 * <p>The rule (CFE Rule 1202, VX contract specifications): the final settlement date of the contract
 * of month {@code M} is the Wednesday 30 days before the third Friday of month {@code M + 1}, the
 * expiry of the SPX options whose prices set that morning's VIX settlement quotation. If that Friday
 * is an exchange holiday, the date is 30 days before the trading day before it (Good Friday moved the
 * March 2008, 2014, 2019, 2022 and 2025 contracts to a Tuesday; Juneteenth moves May 2026); if the
 * Wednesday itself is a holiday, the trading day before it (Juneteenth 2024 moved the June 2024 contract
 * to Tuesday 2024-06-18). Holidays come from {@link TradingCalendar}.
 */
public final class VixFutureExpiries {

    private VixFutureExpiries() {
    }

    /**
     * The final settlement date of the VX contract of a month.
     *
     * @param contractMonth the contract's month, e.g. 2018-02 for the February 2018 contract (expires 2018-02-14)
     * @return its expiry date
     */
    public static LocalDate expiry(YearMonth contractMonth) {
        YearMonth next = contractMonth.plusMonths(1);
        LocalDate thirdFriday = next.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        LocalDate spxExpiry = TradingCalendar.onOrBefore(thirdFriday);
        return TradingCalendar.onOrBefore(spxExpiry.minusDays(30));
    }

    /**
     * The first VX expiry strictly after a date: the front-month (M1) contract of that day. On an
     * expiry day the expiring contract has settled at the open, so M1 is the next one (as in Cboe's
     * daily settlement files, where the expiring contract drops out on its final settlement day).
     *
     * @param date a trading day
     * @return the front month's expiry
     */
    public static LocalDate nextAfter(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        LocalDate e = expiry(month);
        while (!e.isAfter(date)) {
            month = month.plusMonths(1);
            e = expiry(month);
        }
        return e;
    }

    /**
     * The expiries of the first {@code count} listed monthly contracts on a date (M1, M2, ...).
     *
     * @param date a trading day
     * @param count how many (&gt; 0)
     * @return ascending expiries
     */
    public static LocalDate[] listed(LocalDate date, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be > 0, was " + count);
        }
        LocalDate[] out = new LocalDate[count];
        out[0] = nextAfter(date);
        // Every contract expires in its own month (between the 13th and the 22nd), so the next contract
        // is the next month's.
        for (int k = 1; k < count; k++) {
            out[k] = expiry(YearMonth.from(out[k - 1]).plusMonths(1));
        }
        return out;
    }
}
