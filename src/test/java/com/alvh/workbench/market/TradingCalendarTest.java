package com.alvh.workbench.market;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TradingCalendarTest {

    /**
     * The rules against the data: on every weekday from the first to the last row of the shipped S&P 500
     * history (1990..2026-08-20), the exchange is open by the rules exactly when spx_daily.csv has a row.
     */
    @Test
    void theRulesGiveExactlyTheSpxTradingDaysOfTheShippedHistory() throws IOException {
        CsvTable spx = CsvTable.read(Path.of("sample-data", MarketHistory.SPX_FILE));
        int col = spx.column("date");
        Set<LocalDate> traded = new HashSet<>();
        LocalDate last = null;
        for (int r = 0; r < spx.size(); r++) {
            LocalDate d = spx.date(r, col);
            if (d.getYear() >= TradingCalendar.FIRST_YEAR) {
                traded.add(d);
                last = d;
            }
        }
        int weekdays = 0;
        for (LocalDate d = LocalDate.of(1990, 1, 2); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                assertThat(traded).as("a weekend day with SPX data: %s", d).doesNotContain(d);
                continue;
            }
            weekdays++;
            assertThat(TradingCalendar.isTradingDay(d)).as("trading day %s", d).isEqualTo(traded.contains(d));
        }
        assertThat(weekdays).isGreaterThan(9_500);
    }

    @Test
    void holidaysThatMoveVixExpiries() {
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2014, 4, 18))).as("Good Friday 2014").isFalse();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2024, 6, 19))).as("Juneteenth 2024").isFalse();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2021, 6, 18))).as("no Juneteenth before 2022").isTrue();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2022, 6, 20))).as("Juneteenth 2022 on Monday").isFalse();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2026, 6, 19))).as("Juneteenth 2026, past the data").isFalse();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2021, 12, 31))).as("New Year on a Saturday").isTrue();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2027, 3, 26))).as("Good Friday 2027").isFalse();
        assertThat(TradingCalendar.isTradingDay(LocalDate.of(2027, 11, 25))).as("Thanksgiving 2027").isFalse();
    }

    @Test
    void yearEndsAndCounts() {
        assertThat(TradingCalendar.firstOfYear(2007)).isEqualTo(LocalDate.of(2007, 1, 3)); // Ford's funeral on Jan 2
        assertThat(TradingCalendar.lastOfYear(2022)).isEqualTo(LocalDate.of(2022, 12, 30));
        // 2024-07-01 (Mon) .. 2024-07-08 (Mon): the 4th is Independence Day.
        assertThat(TradingCalendar.tradingDaysAfter(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 8))).isEqualTo(4);
        assertThat(TradingCalendar.tradingDaysAfter(LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 8))).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> TradingCalendar.isTradingDay(LocalDate.of(1989, 12, 29)));
    }

    /** Easter Sunday against published dates (e.g. 2019-04-21, 2024-03-31, 2038-04-25, the latest possible). */
    @Test
    void easter() {
        assertThat(TradingCalendar.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(TradingCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(TradingCalendar.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
        assertThat(TradingCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }
}
