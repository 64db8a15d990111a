package com.alvh.workbench.market;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VX settlements joined onto the history: the checks the shared data's SOURCES.md states (section 6). */
class VixFuturesHistoryTest {

    private static MarketHistory history;

    @BeforeAll
    static void load() throws IOException {
        history = MarketHistory.load(Path.of("sample-data"));
    }

    private static int index(String date) {
        for (int i = 0; i < history.size(); i++) {
            if (history.date(i).equals(LocalDate.parse(date))) {
                return i;
            }
        }
        throw new AssertionError("no trading day " + date);
    }

    @Test
    void theStatedSettles() {
        assertThat(history.vixFutureSettle(index("2018-02-02"), 0)).isEqualTo(15.625);
        assertThat(history.vixFutureSettle(index("2018-02-05"), 0)).isEqualTo(33.225);
        assertThat(history.vixFutureSettle(index("2018-02-05"), 1)).isEqualTo(27.975);
        assertThat(history.vixFutureSettle(index("2018-02-06"), 0)).isEqualTo(23.875);
        assertThat(history.vixFutureSettle(index("2020-03-16"), 0)).isEqualTo(72.625);
        assertThat(history.vixFutureSettle(index("2024-08-05"), 0)).isEqualTo(32.0986);
        assertThat(history.vixFutureSettle(index("2025-04-08"), 0)).isEqualTo(39.1728);
        // Oct 2008 contract on 2008-10-20 (CFE settle 52.31): expires 2008-10-22, so it is M1 that day.
        int oct = index("2008-10-20");
        assertThat(history.vixFutureExpiry(oct, 0)).isEqualTo(LocalDate.of(2008, 10, 22));
        assertThat(history.vixFutureSettle(oct, 0)).isEqualTo(52.31);
        assertThat(history.vixFutureTradingDays(oct, 0)).isEqualTo(2);
    }

    @Test
    void futuresFromApril2007AndTheVixOpen() {
        assertThat(history.firstVixFuturesDate()).isEqualTo(LocalDate.of(2007, 4, 2));
        assertThat(history.hasVixFutures(index("2007-03-30"))).isFalse();
        assertThat(history.vixFutureSettle(index("2007-03-30"), 0)).isNaN();
        for (int i = index("2007-04-02"); i < history.size(); i++) {
            assertThat(history.hasVixFutures(i)).as("futures on %s", history.date(i)).isTrue();
            for (int k = 1; k < MarketHistory.VIX_FUTURES_LISTED; k++) {
                assertThat(history.vixFutureTradingDays(i, k)).isGreaterThan(history.vixFutureTradingDays(i, k - 1));
            }
            assertThat(history.vixFutureTradingDays(i, 0)).isBetween(1, 25);
        }
        // The last rows' far contracts expire after the history ends (2027): counted on the trading calendar.
        int last = history.size() - 1;
        assertThat(history.vixFutureExpiry(last, 7).getYear()).isEqualTo(2027);
        assertThat(history.vixFutureTradingDays(last, 7)).isEqualTo(
                TradingCalendar.tradingDaysAfter(history.date(last), history.vixFutureExpiry(last, 7)));
        assertThat(history.vixOpen(index("2020-03-18"))).isEqualTo(69.37);
        assertThat(history.vixClose(index("2020-03-18"))).isEqualTo(76.45);
        // Slices keep the curve of each day.
        MarketHistory covid = history.between(LocalDate.of(2020, 2, 19), LocalDate.of(2020, 3, 23));
        assertThat(covid.vixFutureSettle(covid.size() - 1, 0)).isEqualTo(49.45);
        assertThat(covid.vixOpen(0)).isEqualTo(history.vixOpen(index("2020-02-19")));
    }

    @Test
    void aBadSettleIsNamed(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        for (String f : new String[] {MarketHistory.SPX_FILE, MarketHistory.VIX_FILE, MarketHistory.VOL_INDICES_FILE}) {
            Files.copy(Path.of("sample-data", f), dir.resolve(f));
        }
        Files.writeString(dir.resolve(MarketHistory.VIX_FUTURES_FILE),
                "date,M1,M2,M3,M4,M5,M6,M7,M8,source\n2020-03-16,72.6,59.1,44.8,38.9,34.9,32.1,-30.8,30.6,x\n");
        assertThatThrownBy(() -> MarketHistory.load(dir)).isInstanceOf(MarketDataException.class)
                .hasMessageContaining("M7 on 2020-03-16 must be a positive settlement price, was -30.8");
    }
}
