package com.alvh.workbench.market;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

/** Checks against the values stated in sample-data/SOURCES.md (the data set's own checks). */
class MarketHistoryTest {

    private static final double EXACT = 0.0;
    /** SOURCES.md states closes to 2 decimals; the file holds 4 (2237.3999 for "2237.40"). */
    private static final double STATED_ROUNDING = 0.005;
    private static MarketHistory history;

    @BeforeAll
    static void load() throws IOException {
        history = MarketHistory.load(Path.of("sample-data"));
    }

    private static int index(LocalDate date) {
        for (int i = 0; i < history.size(); i++) {
            if (history.date(i).equals(date)) {
                return i;
            }
        }
        throw new AssertionError("no trading day " + date);
    }

    @Test
    void startsWithVixHistoryAndAscends() {
        assertThat(history.date(0)).isEqualTo(LocalDate.of(1990, 1, 2));
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.date(i)).isAfter(history.date(i - 1));
        }
    }

    @Test
    void matchesTheChecksInSources() {
        // SOURCES.md, section 2: SPX closes.
        assertThat(history.spxClose(index(LocalDate.of(2020, 3, 23)))).isEqualTo(2237.40, offset(STATED_ROUNDING));
        assertThat(history.spxClose(index(LocalDate.of(2008, 11, 20)))).isEqualTo(752.44, offset(STATED_ROUNDING));
        // Section 1: highest VIX close 82.69 on 2020-03-16, 80.86 on 2008-11-20.
        int covidPeak = index(LocalDate.of(2020, 3, 16));
        assertThat(history.vixClose(covidPeak)).isEqualTo(82.69, offset(1e-9));
        assertThat(history.vixClose(index(LocalDate.of(2008, 11, 20)))).isEqualTo(80.86, offset(1e-9));
        // Section 3: on 2020-03-16 VIX9D 106.66, VIX3M 67.70, VVIX 207.59.
        assertThat(history.vix9dClose(covidPeak)).isEqualTo(106.66, offset(1e-9));
        assertThat(history.vix3mClose(covidPeak)).isEqualTo(67.70, offset(1e-9));
        assertThat(history.vvixClose(covidPeak)).isEqualTo(207.59, offset(1e-9));
        double max = 0;
        for (double v : history.vixCloses()) {
            max = Math.max(max, v);
        }
        assertThat(max).isEqualTo(82.69, offset(EXACT));
    }

    @Test
    void carriesVixForwardOnlyOnTheFourMissingDates() {
        int carried = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.vixCarriedForward(i)) {
                carried++;
                assertThat(history.vixClose(i)).isEqualTo(history.vixClose(i - 1));
            }
        }
        assertThat(carried).isEqualTo(4);
        assertThat(history.vixCarriedForward(index(LocalDate.of(1999, 12, 31)))).isTrue();
        // SPX runs to 2026-08-20 but VIX ends 2026-07-23: the joined history ends there too.
        assertThat(history.date(history.size() - 1)).isEqualTo(LocalDate.of(2026, 7, 23));
    }

    @Test
    void vix3mIsMissingBeforeItsStart() {
        assertThat(history.vix3mClose(index(LocalDate.of(2009, 9, 17)))).isNaN();
        assertThat(history.vix3mClose(index(LocalDate.of(2009, 9, 18)))).isPositive();
    }

    @Test
    void slicesEpisodesInclusively() {
        MarketHistory covid = history.between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        assertThat(covid.date(0)).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(covid.date(covid.size() - 1)).isEqualTo(LocalDate.of(2020, 3, 23));
        assertThat(covid.spxClose(0)).isEqualTo(3386.1499, offset(1e-9));
        assertThat(covid.vixClose(0)).isEqualTo(14.38, offset(1e-9));
        assertThat(covid.size()).isEqualTo(24);
        for (HistoricalEpisode e : HistoricalEpisode.values()) {
            assertThat(history.between(e.from(), e.to()).size()).as(e.id()).isGreaterThan(10);
        }
    }

    @Test
    void rejectsReversedAndOutsideRanges() {
        assertThatThrownBy(() -> history.between(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 2, 1)))
                .isInstanceOf(MarketDataException.class).hasMessageContaining("reversed");
        assertThatThrownBy(() -> history.between(LocalDate.of(1960, 1, 1), LocalDate.of(1961, 1, 1)))
                .isInstanceOf(MarketDataException.class).hasMessageContaining("outside the history");
        assertThatThrownBy(() -> HistoricalEpisode.byId("2021-nothing"))
                .hasMessageContaining("2021-nothing").hasMessageContaining("2020-covid");
    }

    @Test
    void malformedCellNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(MarketHistory.SPX_FILE),
                "date,open,high,low,close,volume\n2020-01-02,1,,,3250.5,0\n2020-01-03,1,,,abc,0\n");
        Files.writeString(dir.resolve(MarketHistory.VIX_FILE), "DATE,OPEN,HIGH,LOW,CLOSE\n2020-01-02,1,1,1,12.5\n");
        Files.writeString(dir.resolve(MarketHistory.VOL_INDICES_FILE),
                "date,vix9d_close,vix3m_open,vix3m_high,vix3m_low,vix3m_close,vvix_close\n");
        assertThatThrownBy(() -> MarketHistory.load(dir))
                .isInstanceOf(MarketDataException.class)
                .hasMessage("spx_daily.csv line 3 column 5: 'abc' is not a number");
    }

    @Test
    void raggedRowNamesItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "date,close\n2020-01-02,1\n2020-01-03\n");
        assertThatThrownBy(() -> CsvTable.read(f)).hasMessage("x.csv line 3: expected 2 cells, found 1");
    }
}
