package com.alvh.workbench.market;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VixFutureExpiriesTest {

    /**
     * Published expiries of monthly VIX futures and options, by contract month, with their sources:
     * <ul>
     *   <li>2011-09 .. 2012-12: sixfigureinvesting.com, "VIX option expiration dates"
     *       (http://sixfigureinvesting.com/2010/01/vix-option-expiration-dates-2010/), a table of the
     *       Wednesday expiries with their VIX opens and VRO settlements;</li>
     *   <li>2011-12: Cboe Options Hub, "December VIX Options - Today is Last Trading Day" (2011-12-20):
     *       the futures cease trading Wednesday December 21;</li>
     *   <li>2014-03 (a Tuesday: Good Friday 2014-04-18 moved the April SPX expiry to Thursday): the VIX
     *       and More blog, "VIX March Futures and Options Expire on Tuesday, Not Wednesday" (March 2014),
     *       and Cboe Options Hub, "VIX March Settlement Reminder Tomorrow, 3.18.14".</li>
     * </ul>
     * A 2014-2015 list in a GitHub README gives 2014-03-19 for March 2014: it ignores the Good Friday rule;
     * Cboe's own reminder above gives the 18th.
     */
    private static final String[][] PUBLISHED = {
        {"2011-09", "2011-09-21"}, {"2011-10", "2011-10-19"}, {"2011-11", "2011-11-16"}, {"2011-12", "2011-12-21"},
        {"2012-01", "2012-01-18"}, {"2012-02", "2012-02-15"}, {"2012-03", "2012-03-21"}, {"2012-04", "2012-04-18"},
        {"2012-05", "2012-05-16"}, {"2012-06", "2012-06-20"}, {"2012-07", "2012-07-18"}, {"2012-08", "2012-08-22"},
        {"2012-09", "2012-09-19"}, {"2012-10", "2012-10-17"}, {"2012-11", "2012-11-21"}, {"2012-12", "2012-12-19"},
        {"2014-03", "2014-03-18"}};

    @Test
    void publishedExpiries() {
        for (String[] p : PUBLISHED) {
            assertThat(VixFutureExpiries.expiry(YearMonth.parse(p[0]))).as("VX %s", p[0]).isEqualTo(LocalDate.parse(p[1]));
        }
    }

    /**
     * The rule's holiday cases (CFE Rule 1202): Good Friday on the third Friday moves the expiry to a Tuesday
     * (2008-02, 2019-03, 2022-03, 2025-03; 2014-03 above); Juneteenth on the Wednesday moves June 2024 to
     * Tuesday 2024-06-18, and Juneteenth on the third Friday of June 2026 moves May 2026 to Tuesday 2026-05-19;
     * and the dates the issue names (2018-02-14, 2020-03-18, 2024-08-21), which the shipped settles roll on
     * (next test).
     */
    @Test
    void holidayCasesAndTheIssuesExamples() {
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2008, 2))).isEqualTo(LocalDate.of(2008, 2, 19));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2019, 3))).isEqualTo(LocalDate.of(2019, 3, 19));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2022, 3))).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2025, 3))).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2024, 6))).isEqualTo(LocalDate.of(2024, 6, 18));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2018, 2))).isEqualTo(LocalDate.of(2018, 2, 14));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2020, 3))).isEqualTo(LocalDate.of(2020, 3, 18));
        assertThat(VixFutureExpiries.expiry(YearMonth.of(2024, 8))).isEqualTo(LocalDate.of(2024, 8, 21));
        // On an expiry day the expiring contract has settled: M1 is the next one.
        assertThat(VixFutureExpiries.nextAfter(LocalDate.of(2020, 3, 18))).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(VixFutureExpiries.nextAfter(LocalDate.of(2020, 3, 17))).isEqualTo(LocalDate.of(2020, 3, 18));
        assertThat(VixFutureExpiries.listed(LocalDate.of(2020, 3, 16), 3))
                .containsExactly(LocalDate.of(2020, 3, 18), LocalDate.of(2020, 4, 15), LocalDate.of(2020, 5, 20));
    }

    /**
     * The shipped settles roll on the computed expiries. On a roll day the contract that was M(k+1) the day
     * before is Mk; otherwise Mk stays Mk. A day's changes of M1..M7 (three parameters: level, slope and
     * curvature across the curve, fitted by least squares) are explained much better by the right pairing,
     * because a wrong one adds the curve's slope between neighbouring contracts to every change. Measured on
     * the shipped file (2007-04-02..2026-09-22): the roll pairing fits better on 232 of the 234 computed
     * expiry days, on 127 of the 4,666 other days (2.7 %: noise on days of large curve moves) and on 3 of
     * the 234 days after an expiry, where a rule one trading day late would put the rolls.
     */
    @Test
    void theShippedSettlesRollOnTheComputedExpiries() throws IOException {
        CsvTable vx = CsvTable.read(Path.of("sample-data", MarketHistory.VIX_FUTURES_FILE));
        int dateCol = vx.column("date");
        List<LocalDate> dates = new ArrayList<>();
        List<double[]> curves = new ArrayList<>();
        for (int r = 0; r < vx.size(); r++) {
            double[] m = new double[8];
            for (int k = 0; k < 8; k++) {
                m[k] = vx.number(r, vx.column("M" + (k + 1)));
            }
            dates.add(vx.date(r, dateCol));
            curves.add(m);
        }
        int expiryDays = 0;
        int expiryRolls = 0;
        int otherDays = 0;
        int otherRolls = 0;
        int shiftedRolls = 0;
        for (int i = 1; i < dates.size(); i++) {
            LocalDate prev = dates.get(i - 1);
            LocalDate day = dates.get(i);
            boolean rollFits = rollFitsBetter(curves.get(i - 1), curves.get(i));
            boolean expiry = VixFutureExpiries.nextAfter(prev).compareTo(day) <= 0;
            if (expiry) {
                expiryDays++;
                expiryRolls += rollFits ? 1 : 0;
                // The day after an expiry, as a rule one day late would have it.
                if (i + 1 < dates.size()) {
                    shiftedRolls += rollFitsBetter(curves.get(i), curves.get(i + 1)) ? 1 : 0;
                }
            } else {
                otherDays++;
                otherRolls += rollFits ? 1 : 0;
            }
        }
        assertThat(expiryDays).isBetween(230, 236); // monthly, 2007-04..2026-09
        assertThat((double) expiryRolls / expiryDays).isGreaterThan(0.97);
        assertThat((double) otherRolls / otherDays).isLessThan(0.05);
        assertThat((double) shiftedRolls / expiryDays).isLessThan(0.10);
    }

    /** Whether pairing today's Mk with yesterday's M(k+1) leaves less unexplained change (k = 1..7) than Mk with Mk. */
    private static boolean rollFitsBetter(double[] before, double[] after) {
        double[] rolled = new double[7];
        double[] kept = new double[7];
        for (int k = 0; k < 7; k++) {
            rolled[k] = after[k] - before[k + 1];
            kept[k] = after[k] - before[k];
        }
        return residual(rolled) < residual(kept);
    }

    /** Residual sum of squares of y against 1, x, x^2 (x = 0..6), by Gram-Schmidt on the three columns. */
    private static double residual(double[] y) {
        int n = y.length;
        double[][] basis = new double[3][n];
        for (int j = 0; j < 3; j++) {
            for (int x = 0; x < n; x++) {
                basis[j][x] = Math.pow(x, j);
            }
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int x = 0; x < n; x++) {
                    dot += basis[j][x] * basis[p][x];
                }
                for (int x = 0; x < n; x++) {
                    basis[j][x] -= dot * basis[p][x];
                }
            }
            double norm = 0;
            for (int x = 0; x < n; x++) {
                norm += basis[j][x] * basis[j][x];
            }
            norm = Math.sqrt(norm);
            for (int x = 0; x < n; x++) {
                basis[j][x] /= norm;
            }
        }
        double rss = 0;
        for (double v : y) {
            rss += v * v;
        }
        for (int j = 0; j < 3; j++) {
            double dot = 0;
            for (int x = 0; x < n; x++) {
                dot += basis[j][x] * y[x];
            }
            rss -= dot * dot;
        }
        return rss;
    }
}
