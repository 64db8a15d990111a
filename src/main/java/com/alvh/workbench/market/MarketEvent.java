package com.alvh.workbench.market;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A named day of market stress, for marking charts of real history (the workbench's playback).
 * The VIX and SPX figures in the labels are closes (or, where said, intraday highs) of the shipped
 * history ({@code sample-data/vix_daily.csv}, {@code spx_daily.csv}); the events themselves are
 * public record.
 *
 * @param date the trading day
 * @param label a short label for a chart, e.g. "VIX record close 82.69"
 */
public record MarketEvent(LocalDate date, String label) {

    /** Notable stress days of 2008-2024, in date order. */
    public static final List<MarketEvent> NOTABLE = List.of(
            new MarketEvent(LocalDate.of(2008, 9, 15), "Lehman files for bankruptcy"),
            new MarketEvent(LocalDate.of(2008, 11, 20), "VIX closes at 80.86, the 2008 high"),
            new MarketEvent(LocalDate.of(2010, 5, 6), "Flash crash (VIX 40.71 intraday)"),
            new MarketEvent(LocalDate.of(2011, 8, 8), "First day after the US downgrade: SPX -6.7 %"),
            new MarketEvent(LocalDate.of(2015, 8, 24), "China devaluation sell-off (VIX 53.29 intraday)"),
            new MarketEvent(LocalDate.of(2018, 2, 5), "Volmageddon: VIX 17.31 to 37.32"),
            new MarketEvent(LocalDate.of(2020, 3, 16), "VIX record close 82.69"),
            new MarketEvent(LocalDate.of(2020, 3, 23), "Fed's unlimited purchases; SPX low"),
            new MarketEvent(LocalDate.of(2022, 6, 13), "SPX closes in a bear market"),
            new MarketEvent(LocalDate.of(2024, 8, 5), "Yen carry unwind: VIX 65.73 intraday"));

    public MarketEvent {
        Objects.requireNonNull(date, "date");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("MarketEvent.label must not be blank");
        }
    }

    /** The notable events from {@code from} to {@code to}, both inclusive. */
    public static List<MarketEvent> between(LocalDate from, LocalDate to) {
        return NOTABLE.stream().filter(e -> !e.date.isBefore(from) && !e.date.isAfter(to)).toList();
    }
}
