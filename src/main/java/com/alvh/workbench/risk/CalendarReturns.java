package com.alvh.workbench.risk;

import com.alvh.workbench.market.TradingCalendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar-year and calendar-month returns of an account replayed on dated trading days: what a
 * replay's report compares with published index returns.
 *
 * <p>Conventions. A period's start equity is the equity at the close of the last replayed day before
 * it, or the account capital when the replay starts inside it (the account is funded at the first
 * day's close, before any trade); its end equity is the equity at the close of its last replayed day.
 * Return = end / start - 1. A calendar <em>year</em> counts only when it is full: the replay runs from
 * the year's first trading day (or earlier) to its last ({@link TradingCalendar}). Months are listed
 * whenever they hold a replayed day; the first and last may be partial ({@link Month#partial()}).
 */
public final class CalendarReturns {

    private CalendarReturns() {
    }

    /**
     * One full calendar year.
     *
     * @param year the year
     * @param startEquity equity at the start (USD)
     * @param endEquity equity at the close of the year's last trading day (USD)
     */
    public record Year(int year, double startEquity, double endEquity) {
        /** P&amp;L over the year (USD). */
        public double pnl() {
            return endEquity - startEquity;
        }

        /** Return over the year: {@code end / start - 1}. */
        public double simpleReturn() {
            return endEquity / startEquity - 1.0;
        }
    }

    /**
     * One calendar month.
     *
     * @param month the month
     * @param startEquity equity at the start (USD)
     * @param endEquity equity at the close of its last replayed day (USD)
     * @param partial whether the replay starts after the month's first trading day or ends before its last
     */
    public record Month(YearMonth month, double startEquity, double endEquity, boolean partial) {
        /** P&amp;L over the month (USD). */
        public double pnl() {
            return endEquity - startEquity;
        }

        /** Return over the month: {@code end / start - 1}. */
        public double simpleReturn() {
            return endEquity / startEquity - 1.0;
        }
    }

    /**
     * The full calendar years of a replay.
     *
     * @param dates the trading date of each step, ascending
     * @param equity equity at each step's close (USD), as long as {@code dates}
     * @param capital the account capital before the first trade (USD, &gt; 0)
     * @return the years in order, empty if none is full
     */
    public static List<Year> years(List<LocalDate> dates, double[] equity, double capital) {
        check(dates, equity, capital);
        List<Year> out = new ArrayList<>();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            if (first.isAfter(TradingCalendar.firstOfYear(y)) || last.isBefore(TradingCalendar.lastOfYear(y))) {
                continue;
            }
            out.add(new Year(y, startEquity(dates, equity, capital, LocalDate.of(y, 1, 1)),
                    equity[lastIndexOnOrBefore(dates, LocalDate.of(y, 12, 31))]));
        }
        return out;
    }

    /**
     * Every calendar month with a replayed day.
     *
     * @param dates the trading date of each step, ascending
     * @param equity equity at each step's close (USD)
     * @param capital the account capital before the first trade (USD, &gt; 0)
     * @return the months in order
     */
    public static List<Month> months(List<LocalDate> dates, double[] equity, double capital) {
        check(dates, equity, capital);
        List<Month> out = new ArrayList<>();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            LocalDate monthEnd = m.atEndOfMonth();
            int end = lastIndexOnOrBefore(dates, monthEnd);
            if (end < 0 || dates.get(end).isBefore(m.atDay(1))) {
                continue; // no replayed day in this month (a long market closure)
            }
            boolean partial = first.isAfter(TradingCalendar.onOrAfter(m.atDay(1)))
                    || last.isBefore(TradingCalendar.onOrBefore(monthEnd));
            out.add(new Month(m, startEquity(dates, equity, capital, m.atDay(1)), equity[end], partial));
        }
        return out;
    }

    private static double startEquity(List<LocalDate> dates, double[] equity, double capital, LocalDate periodStart) {
        int before = lastIndexOnOrBefore(dates, periodStart.minusDays(1));
        return before < 0 ? capital : equity[before];
    }

    /** Index of the last date on or before {@code date}, -1 if none. */
    private static int lastIndexOnOrBefore(List<LocalDate> dates, LocalDate date) {
        int lo = 0;
        int hi = dates.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    private static void check(List<LocalDate> dates, double[] equity, double capital) {
        if (dates == null || dates.isEmpty() || equity == null || equity.length != dates.size()) {
            throw new IllegalArgumentException("dates and equity must be non-empty and of the same length, were "
                    + (dates == null ? null : dates.size()) + " and " + (equity == null ? null : equity.length));
        }
        if (!(capital > 0.0)) {
            throw new IllegalArgumentException("capital must be > 0 USD, was " + capital);
        }
    }
}
