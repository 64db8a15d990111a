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

/**
 * Dates of scheduled market-moving events (FOMC decisions, CPI and PPI releases), by kind.
 *
 * <p>Read from {@value #FILE} in the sample-data folder: columns {@code date} (ISO) and {@code kind}
 * (a code such as {@code FOMC}, {@code CPI}, {@code PPI}; any further columns, e.g. the source, are
 * ignored). Kinds are case-insensitive codes, kept as upper-case strings so that this package needs
 * nothing from the hedge layer. Immutable.
 */
public final class EventCalendar {

    /** File name in the sample-data folder. */
    public static final String FILE = "macro_events.csv";

    /** A calendar without events. */
    public static final EventCalendar EMPTY = new EventCalendar(Map.of());

    private final Map<String, List<LocalDate>> byKind;

    private EventCalendar(Map<String, List<LocalDate>> byKind) {
        this.byKind = byKind;
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
            List<LocalDate> sorted = new ArrayList<>(new java.util.TreeSet<>(dates));
            map.put(normalise(kind), Collections.unmodifiableList(sorted));
        });
        return new EventCalendar(Collections.unmodifiableMap(map));
    }

    /**
     * Reads a calendar file.
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
     * The calendar in a sample-data folder, or {@link #EMPTY} if the folder has no {@value #FILE}.
     *
     * @param directory the folder
     * @return the calendar
     * @throws IOException if the file exists but cannot be read
     */
    public static EventCalendar loadIfPresent(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        return Files.exists(file) ? load(file) : EMPTY;
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
