package com.alvh.workbench.market;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Dates of scheduled market-moving events (FOMC decisions, CPI, PPI and employment-report releases),
 * by kind, with the range of dates each kind's list covers.
 *
 * <p>Kinds are case-insensitive codes kept as upper-case strings ({@code FOMC}, {@code CPI},
 * {@code PPI}, {@code NFP}), so that this package needs nothing from the hedge layer. A kind's
 * <em>coverage</em> is whole calendar years, from January 1 of the year of its first date to
 * December 31 of the year of its last: the shipped lists are complete per year (every scheduled FOMC
 * decision of 1994..2026; every CPI, PPI and NFP release of 2000..2026, the ones cancelled in the
 * October 2025 shutdown apart), so a date inside the coverage with no event on it had none. Immutable.
 *
 * <p>The shipped files ({@link #loadIfPresent}): {@value #FOMC_FILE} (columns {@code date, kind, ...};
 * only {@code scheduled} decisions count, since an unscheduled action such as the cut of 2020-03-15 was
 * not known ahead and a trigger that looks ahead must not see it) and {@value #RELEASES_FILE} (columns
 * {@code date, weekday, event, ...}, {@code event} one of {@code cpi, ppi, nfp}). A folder may also hold
 * {@value #FILE} ({@code date, kind}, any kind), whose dates are added.
 */
public final class EventCalendar {

    /** An optional extra calendar in the sample-data folder: columns {@code date} and {@code kind}. */
    public static final String FILE = "macro_events.csv";
    /** FOMC decision days 1994..2026 (scheduled and unscheduled). */
    public static final String FOMC_FILE = "fomc_decisions_1994_2026.csv";
    /** BLS release days of CPI, PPI and the employment situation (NFP), 2000..2026. */
    public static final String RELEASES_FILE = "us_macro_releases_2000_2026.csv";

    /** A calendar without events. */
    public static final EventCalendar EMPTY = new EventCalendar(Map.of());

    private final Map<String, List<LocalDate>> byKind;

    private EventCalendar(Map<String, List<LocalDate>> byKind) {
        this.byKind = byKind;
    }

    /**
     * The dates a kind's list covers: every date in {@code [from, to]} whose events are all in the list.
     *
     * @param from first covered date (a January 1)
     * @param to last covered date (a December 31)
     */
    public record Coverage(LocalDate from, LocalDate to) {
        public Coverage {
            if (from == null || to == null || to.isBefore(from)) {
                throw new IllegalArgumentException("coverage needs from <= to, was " + from + " .. " + to);
            }
        }

        /** Whether every day of {@code [start, end]} is covered. */
        public boolean covers(LocalDate start, LocalDate end) {
            return !start.isBefore(from) && !end.isAfter(to);
        }

        @Override
        public String toString() {
            return from + " .. " + to;
        }
    }

    /**
     * A calendar from dates by kind.
     *
     * @param datesByKind event dates per kind code (any order, duplicates removed)
     * @return the calendar
     */
    public static EventCalendar of(Map<String, ? extends List<LocalDate>> datesByKind) {
        Map<String, List<LocalDate>> map = new TreeMap<>();
        datesByKind.forEach((kind, dates) -> {
            if (!dates.isEmpty()) {
                map.merge(normalise(kind), List.copyOf(dates), EventCalendar::union);
            }
        });
        map.replaceAll((kind, dates) -> Collections.unmodifiableList(new ArrayList<>(new TreeSet<>(dates))));
        return new EventCalendar(Collections.unmodifiableMap(map));
    }

    private static List<LocalDate> union(List<LocalDate> a, List<LocalDate> b) {
        List<LocalDate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * Reads a calendar file of the simple form.
     *
     * @param file a CSV with columns {@code date} and {@code kind}
     * @return the calendar
     * @throws IOException if the file cannot be read
     * @throws MarketDataException if it is malformed (the message names the file and line)
     */
    public static EventCalendar load(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        int dateCol = table.column("date");
        int kindCol = table.column("kind");
        Map<String, List<LocalDate>> map = new TreeMap<>();
        for (int row = 0; row < table.size(); row++) {
            String kind = table.text(row, kindCol);
            if (kind.isEmpty()) {
                throw new MarketDataException(table.source() + ": row " + (row + 1) + " has no event kind");
            }
            map.computeIfAbsent(normalise(kind), k -> new ArrayList<>()).add(table.date(row, dateCol));
        }
        return of(map);
    }

    /**
     * The scheduled FOMC decisions of {@value #FOMC_FILE}: rows whose {@code kind} is
     * {@code scheduled} (unscheduled actions are left out, see the class comment).
     *
     * @throws MarketDataException if a row's kind is neither {@code scheduled} nor {@code unscheduled}
     */
    public static EventCalendar loadFomc(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        int dateCol = table.column("date");
        int kindCol = table.column("kind");
        List<LocalDate> dates = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            String kind = table.text(row, kindCol).toLowerCase(Locale.ROOT);
            LocalDate date = table.date(row, dateCol);
            if (kind.equals("scheduled")) {
                dates.add(date);
            } else if (!kind.equals("unscheduled")) {
                throw new MarketDataException(table.source() + ": kind on " + date
                        + " must be 'scheduled' or 'unscheduled', was '" + kind + "'");
            }
        }
        return of(Map.of("FOMC", dates));
    }

    /**
     * The release days of {@value #RELEASES_FILE}: column {@code event} gives the kind.
     *
     * @throws MarketDataException if an event code is empty
     */
    public static EventCalendar loadReleases(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        int dateCol = table.column("date");
        int eventCol = table.column("event");
        Map<String, List<LocalDate>> map = new TreeMap<>();
        for (int row = 0; row < table.size(); row++) {
            String kind = table.text(row, eventCol);
            LocalDate date = table.date(row, dateCol);
            if (kind.isEmpty()) {
                throw new MarketDataException(table.source() + ": the release on " + date + " has no event code");
            }
            map.computeIfAbsent(normalise(kind), k -> new ArrayList<>()).add(date);
        }
        return of(map);
    }

    /**
     * The calendars in a sample-data folder merged ({@value #FOMC_FILE}, {@value #RELEASES_FILE} and
     * {@value #FILE}, each if present), or {@link #EMPTY} if it has none.
     *
     * @param directory the folder
     * @return the calendar
     * @throws IOException if a file exists but cannot be read
     */
    public static EventCalendar loadIfPresent(Path directory) throws IOException {
        EventCalendar out = EMPTY;
        if (Files.exists(directory.resolve(FOMC_FILE))) {
            out = out.merge(loadFomc(directory.resolve(FOMC_FILE)));
        }
        if (Files.exists(directory.resolve(RELEASES_FILE))) {
            out = out.merge(loadReleases(directory.resolve(RELEASES_FILE)));
        }
        if (Files.exists(directory.resolve(FILE))) {
            out = out.merge(load(directory.resolve(FILE)));
        }
        return out;
    }

    /** This calendar with the dates of another added. */
    public EventCalendar merge(EventCalendar other) {
        Map<String, List<LocalDate>> map = new TreeMap<>(byKind);
        other.byKind.forEach((kind, dates) -> map.merge(kind, dates, EventCalendar::union));
        return of(map);
    }

    private static String normalise(String kind) {
        return kind.strip().toUpperCase(Locale.ROOT);
    }

    /** The kinds with at least one date. */
    public Set<String> kinds() {
        return byKind.keySet();
    }

    /**
     * The dates of one kind, ascending.
     *
     * @param kind a kind code (case-insensitive)
     * @return the dates, empty if none
     */
    public List<LocalDate> dates(String kind) {
        return byKind.getOrDefault(normalise(kind), List.of());
    }

    /**
     * The range a kind's list covers (whole years from its first to its last date).
     *
     * @param kind a kind code (case-insensitive)
     * @return the coverage, or null if the calendar has no date of that kind
     */
    public Coverage coverage(String kind) {
        List<LocalDate> dates = dates(kind);
        if (dates.isEmpty()) {
            return null;
        }
        return new Coverage(LocalDate.of(dates.get(0).getYear(), 1, 1),
                LocalDate.of(dates.get(dates.size() - 1).getYear(), 12, 31));
    }

    /**
     * The first event of a kind on or after a date.
     *
     * @param kind a kind code
     * @param from the date
     * @return the event date, or null if none is known
     */
    public LocalDate nextOnOrAfter(String kind, LocalDate from) {
        List<LocalDate> dates = dates(kind);
        int i = Collections.binarySearch(dates, from);
        int at = i >= 0 ? i : -i - 1;
        return at < dates.size() ? dates.get(at) : null;
    }
}
