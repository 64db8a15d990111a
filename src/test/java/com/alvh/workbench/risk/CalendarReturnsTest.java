package com.alvh.workbench.risk;

import com.alvh.workbench.market.TradingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.offset;

class CalendarReturnsTest {

    private static final double CAPITAL = 1_000_000;

    /** The trading days from {@code from} to {@code to}, both included. */
    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (TradingCalendar.isTradingDay(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** Equity that grows by 1,000 USD a trading day from the capital (the first close already one day in). */
    private static double[] linear(List<LocalDate> dates) {
        double[] e = new double[dates.size()];
        for (int t = 0; t < e.length; t++) {
            e[t] = CAPITAL + 1_000 * (t + 1);
        }
        return e;
    }

    @Test
    void fullYearsStartAtThePreviousYearEndOrAtTheCapital() {
        // 2007-01-03 (the first trading day of 2007: Jan 2 closed for President Ford's funeral) to 2009-06-30.
        List<LocalDate> dates = days(LocalDate.of(2007, 1, 3), LocalDate.of(2009, 6, 30));
        double[] equity = linear(dates);
        List<CalendarReturns.Year> years = CalendarReturns.years(dates, equity, CAPITAL);
        assertThat(years).extracting(CalendarReturns.Year::year).containsExactly(2007, 2008); // 2009 is partial
        int end2007 = dates.indexOf(LocalDate.of(2007, 12, 31));
        int end2008 = dates.indexOf(LocalDate.of(2008, 12, 31));
        assertThat(years.get(0).startEquity()).isEqualTo(CAPITAL);
        assertThat(years.get(0).endEquity()).isEqualTo(equity[end2007]);
        assertThat(years.get(1).startEquity()).isEqualTo(equity[end2007]);
        assertThat(years.get(1).endEquity()).isEqualTo(equity[end2008]);
        assertThat(years.get(1).pnl()).isEqualTo(1_000.0 * (end2008 - end2007));
        assertThat(years.get(1).pnl()).isEqualTo(1_000.0 * 253); // 2008 had 253 trading days
        assertThat(years.get(1).simpleReturn()).isCloseTo(equity[end2008] / equity[end2007] - 1, offset(1e-15));
    }

    @Test
    void aReplayStartingAfterTheFirstTradingDayHasNoFirstYear() {
        List<LocalDate> dates = days(LocalDate.of(2007, 1, 4), LocalDate.of(2008, 12, 31));
        assertThat(CalendarReturns.years(dates, linear(dates), CAPITAL)).extracting(CalendarReturns.Year::year)
                .containsExactly(2008);
        // Ending on 2008-12-30, a day before the year's last trading day: 2008 is not full either.
        List<LocalDate> shorter = days(LocalDate.of(2007, 1, 4), LocalDate.of(2008, 12, 30));
        assertThat(CalendarReturns.years(shorter, linear(shorter), CAPITAL)).isEmpty();
    }

    @Test
    void monthsChainAndMarkThePartialOnes() {
        List<LocalDate> dates = days(LocalDate.of(2024, 7, 10), LocalDate.of(2024, 9, 30));
        double[] equity = linear(dates);
        List<CalendarReturns.Month> months = CalendarReturns.months(dates, equity, CAPITAL);
        assertThat(months).extracting(CalendarReturns.Month::month)
                .containsExactly(YearMonth.of(2024, 7), YearMonth.of(2024, 8), YearMonth.of(2024, 9));
        assertThat(months).extracting(CalendarReturns.Month::partial).containsExactly(true, false, false);
        assertThat(months.get(0).startEquity()).isEqualTo(CAPITAL);
        for (int i = 1; i < months.size(); i++) {
            assertThat(months.get(i).startEquity()).isEqualTo(months.get(i - 1).endEquity());
        }
        // The months' returns compound to the whole replay's.
        double product = 1;
        for (CalendarReturns.Month m : months) {
            product *= 1 + m.simpleReturn();
        }
        assertThat(product).isCloseTo(equity[equity.length - 1] / CAPITAL, offset(1e-12));
        // A replay ending mid-month leaves its last month partial.
        List<LocalDate> mid = days(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 15));
        assertThat(CalendarReturns.months(mid, linear(mid), CAPITAL)).extracting(CalendarReturns.Month::partial)
                .containsExactly(false, true);
    }

    @Test
    void badInputIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarReturns.years(List.of(), new double[0], CAPITAL))
                .withMessageContaining("same length");
        List<LocalDate> one = List.of(LocalDate.of(2024, 7, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarReturns.months(one, new double[] {1}, 0))
                .withMessageContaining("capital must be > 0");
    }
}
