package com.alvh.workbench.market;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Named stress episodes of the real history, one click away in the workbench and one flag away on
 * the command line ({@code --episode 2020-covid}). Each range starts in the calm before the stress
 * so a condor is already on when it hits.
 */
public enum HistoricalEpisode {
    /** Lehman and the 2008 crash: VIX to 80.86 on 2008-11-20. */
    GFC_2008("2008-gfc", "2008 financial crisis", LocalDate.of(2008, 9, 2), LocalDate.of(2008, 12, 31)),
    /** Volmageddon: VIX doubled on 2018-02-05 and the short-vol ETNs died. */
    VOLMAGEDDON_2018("2018-volmageddon", "Feb 2018 Volmageddon", LocalDate.of(2018, 1, 16), LocalDate.of(2018, 3, 29)),
    /** The COVID crash from the SPX high of 2020-02-19 to the low of 2020-03-23. */
    COVID_2020("2020-covid", "Mar 2020 COVID crash", LocalDate.of(2020, 2, 19), LocalDate.of(2020, 3, 23)),
    /** The 2022 bear market: a slow grind down with VIX mostly 20-35. */
    BEAR_2022("2022-bear", "2022 bear market", LocalDate.of(2022, 1, 3), LocalDate.of(2022, 10, 31)),
    /** The yen carry-trade unwind: VIX spiked to 38.57 on 2024-08-05. */
    YEN_CARRY_2024("2024-yen-carry", "Aug 2024 yen carry unwind", LocalDate.of(2024, 7, 10), LocalDate.of(2024, 8, 30));

    private final String id;
    private final String label;
    private final LocalDate from;
    private final LocalDate to;

    HistoricalEpisode(String id, String label, LocalDate from, LocalDate to) {
        this.id = id;
        this.label = label;
        this.from = from;
        this.to = to;
    }

    /** The short id used in scenario files and on the command line, e.g. {@code 2020-covid}. */
    public String id() {
        return id;
    }

    /** A human-readable name. */
    public String label() {
        return label;
    }

    /** First day of the episode (inclusive). */
    public LocalDate from() {
        return from;
    }

    /** Last day of the episode (inclusive). */
    public LocalDate to() {
        return to;
    }

    /**
     * The episode with this id.
     *
     * @throws IllegalArgumentException naming the bad id and the valid ones
     */
    public static HistoricalEpisode byId(String id) {
        for (HistoricalEpisode e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown episode '" + id + "'; expected one of "
                + Arrays.stream(values()).map(HistoricalEpisode::id).collect(Collectors.joining(", ")));
    }
}
