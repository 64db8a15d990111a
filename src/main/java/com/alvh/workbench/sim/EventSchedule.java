package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.market.EventCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * When the scheduled events ({@link EventKind}: FOMC, CPI, PPI, NFP) fall on a run's step grid: what the
 * {@code EventWithin} trigger reads. Every path of a run shares the schedule (events are dates, not
 * market states). Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface EventSchedule {

    /** No events: every trigger on events stays off. */
    EventSchedule NONE = (kind, step) -> Integer.MAX_VALUE;

    /**
     * Trading days from a step to the next event of a kind (0 if it is on that step).
     *
     * @param kind the event kind
     * @param step the step (0 = the start of the run)
     * @return trading days, or {@link Integer#MAX_VALUE} if no event is known
     */
    int tradingDaysToEvent(EventKind kind, int step);

    /**
     * A recurring rule for model paths, which start on no particular date: each kind recurs every
     * {@code period} trading days from step {@code first}. Such a schedule covers every step of any run
     * for the kinds it has a rule for.
     *
     * @param rules first step and period per kind (kinds without a rule never occur)
     * @return the schedule
     */
    static EventSchedule recurring(Map<EventKind, Recurrence> rules) {
        Map<EventKind, Recurrence> copy = rules.isEmpty() ? new EnumMap<>(EventKind.class) : new EnumMap<>(rules);
        return (kind, step) -> {
            Recurrence r = copy.get(kind);
            return r == null ? Integer.MAX_VALUE : r.tradingDaysFrom(step);
        };
    }

    /**
     * The US cadence as a recurring rule: eight FOMC decisions a year (every 32 trading days,
     * first on step 16), and CPI, PPI and NFP monthly (every 21 trading days, first on steps 7, 8 and
     * 2: the employment report comes on the first Friday, CPI and PPI within a day or two of each
     * other about a week later). The frequencies are the real ones; the phase is a convention, since a
     * model path has no calendar date.
     */
    static EventSchedule usRecurring() {
        Map<EventKind, Recurrence> rules = new EnumMap<>(EventKind.class);
        rules.put(EventKind.FOMC, new Recurrence(16, 32));
        rules.put(EventKind.CPI, new Recurrence(7, 21));
        rules.put(EventKind.PPI, new Recurrence(8, 21));
        rules.put(EventKind.NFP, new Recurrence(2, 21));
        return recurring(rules);
    }

    /**
     * Events on a dated step grid (a replay of history): the trading days from step {@code t} to
     * the first step whose date is on or after the next event date. An event after the last step is
     * counted on beyond it in weekdays (Monday to Friday; holidays are not known there).
     *
     * @param stepDates the date of every step, ascending (step {@code t} is {@code stepDates[t]})
     * @param calendar event dates by kind code ({@link EventKind#name()})
     * @return the schedule
     */
    static EventSchedule dated(LocalDate[] stepDates, EventCalendar calendar) {
        int n = stepDates.length;
        Map<EventKind, int[]> days = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            int[] out = new int[n];
            int j = 0;
            for (int t = 0; t < n; t++) {
                LocalDate next = calendar.nextOnOrAfter(kind.name(), stepDates[t]);
                if (next == null) {
                    out[t] = Integer.MAX_VALUE;
                    continue;
                }
                j = Math.max(j, t);
                while (j < n && stepDates[j].isBefore(next)) {
                    j++;
                }
                out[t] = j < n ? j - t : (n - 1 - t) + weekdaysAfter(stepDates[n - 1], next);
            }
            days.put(kind, out);
        }
        return (kind, step) -> step >= 0 && step < n ? days.get(kind)[step] : Integer.MAX_VALUE;
    }

    /** Weekdays in {@code (from, to]}. */
    private static int weekdaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    /**
     * A kind that occurs on step {@code first} and then every {@code period} steps.
     *
     * @param first first step with the event (&gt;= 0)
     * @param period trading days between events (&gt; 0)
     */
    record Recurrence(int first, int period) {
        public Recurrence {
            if (first < 0) {
                throw new IllegalArgumentException("Recurrence.first must be >= 0, was " + first);
            }
            if (period <= 0) {
                throw new IllegalArgumentException("Recurrence.period must be > 0, was " + period);
            }
        }

        /** Trading days from {@code step} to the next occurrence (0 on an event step). */
        public int tradingDaysFrom(int step) {
            if (step <= first) {
                return first - step;
            }
            return Math.floorMod(first - step, period);
        }
    }
}
