package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The SPX monthly cycle: third Fridays, holidays moved to the day before, and the model paths' calendar. */
class ExpiryCalendarTest {

    @Test
    void thirdFridaysOfKnownMonths() {
        assertThat(ExpiryCalendar.thirdFriday(2018, 2)).isEqualTo(LocalDate.of(2018, 2, 16));
        assertThat(ExpiryCalendar.thirdFriday(2020, 3)).isEqualTo(LocalDate.of(2020, 3, 20));
        assertThat(ExpiryCalendar.thirdFriday(2024, 8)).isEqualTo(LocalDate.of(2024, 8, 16));
        assertThat(ExpiryCalendar.thirdFriday(2008, 3)).isEqualTo(LocalDate.of(2008, 3, 21));
    }

    @Test
    void aDatedCalendarUsesTheRealTradingDaysAndMovesHolidayFridaysToThursday() throws IOException {
        MarketHistory h = MarketHistory.load(Path.of("sample-data")).between(LocalDate.of(2008, 3, 1), LocalDate.of(2014, 5, 1));
        LocalDate[] d = h.dates();
        ExpiryCalendar c = ExpiryCalendar.dated(d);
        int march3 = java.util.Arrays.asList(d).indexOf(LocalDate.of(2008, 3, 3));
        int feb3 = java.util.Arrays.asList(d).indexOf(LocalDate.of(2014, 3, 3));
        // Opened in February or March 2008, a position expires in March or April: March's third Friday,
        // 2008-03-21, was Good Friday, so an opening in February 2008 would have expired on Thursday 03-20.
        assertThat(d[c.monthlyExpiryStep(march3)]).isEqualTo(LocalDate.of(2008, 4, 18));
        // An opening in March 2014 expires in April 2014: Good Friday 2014-04-18, so Thursday 2014-04-17.
        assertThat(d[c.monthlyExpiryStep(feb3)]).isEqualTo(LocalDate.of(2014, 4, 17));
        // Past the history's last day the steps are counted on in weekdays.
        assertThat(c.monthlyExpiryStep(d.length - 1)).isGreaterThan(d.length - 1);
    }

    @Test
    void modelPathsExpireEvery21StepsFifteenToThirtyFiveStepsAfterAnOpening() {
        ExpiryCalendar c = ExpiryCalendar.modelCycle();
        assertThat(c.monthlyExpiryStep(0)).isEqualTo(21);
        assertThat(c.monthlyExpiryStep(21)).isEqualTo(42);
        assertThat(c.monthlyExpiryStep(6)).isEqualTo(21);
        assertThat(c.monthlyExpiryStep(7)).isEqualTo(42);
        for (int t = 0; t < 200; t++) {
            int left = c.monthlyExpiryStep(t) - t;
            assertThat(left).isBetween(15, 35);
            assertThat(c.monthlyExpiryStep(t) % 21).isZero();
        }
    }
}
