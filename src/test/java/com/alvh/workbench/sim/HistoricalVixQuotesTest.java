package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.market.CsvTable;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.TradingCalendar;
import com.alvh.workbench.market.VixFutureExpiries;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.SkewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Real VIX futures and VIX option vols on history: the replay and the bootstrap read the day's real quotes. */
class HistoricalVixQuotesTest {

    /** The curve returns the settles as read (squares and roots of 4-decimal prices). */
    private static final double SETTLE = 1e-9;
    private static MarketHistory history;

    @BeforeAll
    static void load() throws IOException {
        history = MarketHistory.load(Path.of("sample-data"));
    }

    /** The shipped file read on its own: date to M1..M8. */
    private static Map<LocalDate, double[]> shippedSettles() throws IOException {
        CsvTable vx = CsvTable.read(Path.of("sample-data", MarketHistory.VIX_FUTURES_FILE));
        Map<LocalDate, double[]> out = new HashMap<>();
        for (int r = 0; r < vx.size(); r++) {
            double[] m = new double[8];
            for (int k = 0; k < 8; k++) {
                m[k] = vx.number(r, vx.column("M" + (k + 1)));
            }
            out.put(vx.date(r, vx.column("date")), m);
        }
        return out;
    }

    /**
     * A replay of every day with futures (2007-04-02 to the end of the history) reproduces the shipped
     * settles: at each step, through the path's cursor, the model's own curve at each listed contract's
     * trading days to expiry (counted here on the trading calendar from the VX expiry rule) is that
     * contract's settle; a position asking for that tenor trades that contract; it settles on the VIX open.
     */
    @Test
    void aReplayReproducesTheShippedSettlesOnEveryDay() throws IOException {
        Map<LocalDate, double[]> shipped = shippedSettles();
        MarketHistory w = history.between(LocalDate.of(2007, 4, 2), history.date(history.size() - 1));
        HistoricalReplayModel replay = new HistoricalReplayModel(w);
        VixFutureCurve curve = replay.ownVixFutures().orElseThrow();
        List<LocalDate> calendar = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2007, 4, 2); d.isBefore(LocalDate.of(2028, 1, 1)); d = d.plusDays(1)) {
            if (TradingCalendar.isTradingDay(d)) {
                calendar.add(d);
            }
        }
        int[] checked = new int[1];
        PathEngine.run(replay, new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1),
                new EachStep((state, step) -> {
                    int day = state.cursor[0];
                    LocalDate date = w.date(day);
                    assertThat(day).isEqualTo(step);
                    double[] m = shipped.get(date);
                    assertThat(m).as("a shipped row on %s", date).isNotNull();
                    LocalDate[] expiries = VixFutureExpiries.listed(date, 8);
                    int today = Collections.binarySearch(calendar, date);
                    for (int k = 0; k < 8; k++) {
                        int n = Collections.binarySearch(calendar, expiries[k]) - today;
                        assertThat(curve.future(day, state.vix[0], state.variance[0], n / 252.0))
                                .as("M%d on %s", k + 1, date).isCloseTo(m[k], offset(SETTLE));
                        assertThat(curve.listedTenor(day, n, 1)).isEqualTo(n);
                    }
                    assertThat(curve.future(day, state.vix[0], state.variance[0], 0.0)).isEqualTo(state.vix[0]);
                    assertThat(curve.settlement(day, state.vix[0])).isEqualTo(w.vixOpen(day));
                    checked[0]++;
                }), ProgressListener.NONE, new CancellationToken());
        assertThat(checked[0]).isEqualTo(w.size()).isGreaterThan(4_800);
    }

    /**
     * Between listed contracts the curve is linear in total variance: on 2020-03-16 (VIX 82.69; M1 72.625
     * expiring 2020-03-18, 2 trading days; M2 59.15 on 2020-04-15, 21 days: Good Friday falls between) the
     * future 12 days out has F^2 = 72.625^2 + (10/19)(59.15^2 - 72.625^2); one day out, between spot VIX and M1.
     */
    @Test
    void betweenContractsTheTotalVarianceIsLinearInExpiry() {
        int d = index(LocalDate.of(2020, 3, 16));
        assertThat(history.vixFutureTradingDays(d, 0)).isEqualTo(2);
        assertThat(history.vixFutureTradingDays(d, 1)).isEqualTo(21);
        HistoricalVixFutures curve = new HistoricalVixFutures(history, 0);
        double vix = history.vixClose(d);
        assertThat(curve.future(d, vix, 0, 12 / 252.0))
                .isCloseTo(Math.sqrt(72.625 * 72.625 + 10.0 / 19 * (59.15 * 59.15 - 72.625 * 72.625)), offset(1e-12));
        assertThat(curve.future(d, vix, 0, 1 / 252.0))
                .isCloseTo(Math.sqrt(vix * vix + 0.5 * (72.625 * 72.625 - vix * vix)), offset(1e-12));
        // Beyond M8 the curve stays at M8; a path at another VIX (a bootstrap path) scales the day's curve.
        assertThat(curve.future(d, vix, 0, 2.0)).isCloseTo(history.vixFutureSettle(d, 7), offset(1e-12));
        assertThat(curve.future(d, vix / 2, 0, 12 / 252.0)).isCloseTo(curve.future(d, vix, 0, 12 / 252.0) / 2, offset(1e-12));
        // A 30-day (21-step) request trades the April contract (21 days), the nearest listed; with an exit
        // window of 25 trading days, May.
        assertThat(curve.listedTenor(d, 21, 1)).isEqualTo(21);
        assertThat(curve.listedTenor(d, 10, 1)).isEqualTo(2);
        assertThat(curve.listedTenor(d, 12, 1)).isEqualTo(21);
        assertThat(curve.listedTenor(d, 21, 25)).isEqualTo(history.vixFutureTradingDays(d, 2));
    }

    @Test
    void beforeApril2007TheModelledCurveStandsInAndSaysSo() {
        int d = index(LocalDate.of(2007, 3, 30));
        assertThat(history.hasVixFutures(d)).isFalse();
        assertThat(history.hasVixFutures(d + 1)).isTrue();
        assertThat(history.date(d + 1)).isEqualTo(LocalDate.of(2007, 4, 2));
        HistoricalVixFutures real = new HistoricalVixFutures(history, 0);
        double vix = history.vixClose(d);
        assertThat(real.future(d, vix, 0, 0.1)).isNaN();
        assertThat(real.listedTenor(d, 21, 1)).isZero();
        VixFutureCurve standIn = (spot, variance, tau) -> VixTermStructure.DEFAULT.futureLevel(spot, tau);
        VixFutureCurve both = real.orElse(standIn);
        assertThat(both.future(d, vix, 0, 0.1)).isEqualTo(VixTermStructure.DEFAULT.futureLevel(vix, 0.1));
        assertThat(both.atTenor(0.1).future(d, vix, 0)).isEqualTo(VixTermStructure.DEFAULT.futureLevel(vix, 0.1));
        assertThat(both.listedTenor(d, 21, 1)).isEqualTo(21);
        assertThat(both.settlement(d, vix)).isEqualTo(vix);
        assertThat(both.future(d + 1, history.vixClose(d + 1), 0, history.vixFutureTradingDays(d + 1, 0) / 252.0))
                .isCloseTo(14.7, offset(SETTLE)); // M1 on 2007-04-02, the file's first row
        MarketHistory w = history.between(LocalDate.of(2007, 1, 3), LocalDate.of(2007, 6, 29));
        assertThat(HistoricalVixFutures.describe(w, VixTermStructure.DEFAULT, false))
                .contains("from 2007-04-02", "stands in on the first 61 replayed days", "L 19.5, k 2.50");
    }

    /**
     * A VIX future bought on a replay is the real contract: on the COVID replay a one-lot bought on
     * 2020-02-19 (30 days asked: the March contract, 20 trading days away, is nearest) gains 1,000 USD per point
     * of the March settle each day, and at its expiry on 2020-03-18 settles on that morning's VIX open
     * (69.37), not on the close (76.45). Same market, same condor: the hedged minus unhedged equity is the
     * future's P&amp;L less its one-off entry cost.
     */
    @Test
    void aVixFutureLayerOnAReplayEarnsTheRealSettles() throws IOException {
        Map<LocalDate, double[]> shipped = shippedSettles();
        MarketHistory w = history.between(LocalDate.of(2020, 2, 19), LocalDate.of(2020, 3, 20));
        HistoricalReplayModel replay = new HistoricalReplayModel(w);
        HedgeLayer future = new HedgeLayer("Long VX", HedgeInstrumentKind.VIX_FUTURE, null, 0, 30,
                new SizeRule.Contracts(1), new Trigger.Always(), ExitRule.HOLD, false, 10_000);
        SimulationSettings settings = new SimulationSettings(1, replay.steps(), 1.0 / 252, 1L, 1, 1);
        CampaignResult hedged = CampaignSimulation.run(replay, spec(new AlvhPolicy("VX", List.of(future), Reserve.NONE)),
                settings, ProgressListener.NONE, new CancellationToken());
        CampaignResult bare = CampaignSimulation.run(replay, spec(AlvhPolicy.unhedged()), settings, ProgressListener.NONE,
                new CancellationToken());
        double[] e1 = hedged.samples().get(0).equity();
        double[] e0 = bare.samples().get(0).equity();
        double entry = shipped.get(LocalDate.of(2020, 2, 19))[0];
        assertThat(VixFutureExpiries.nextAfter(LocalDate.of(2020, 2, 19))).isEqualTo(LocalDate.of(2020, 3, 18));
        double cost = e0[0] - e1[0];
        assertThat(cost).isBetween(0.0, 60.0); // a tick of slippage and a commission
        for (int t = 0; t < w.size(); t++) {
            LocalDate date = w.date(t);
            double diff = e1[t] - e0[t] + cost;
            if (date.isBefore(LocalDate.of(2020, 3, 18))) {
                assertThat(diff).as("P&L on %s", date).isCloseTo(1000 * (shipped.get(date)[0] - entry), offset(1e-6));
            } else {
                assertThat(diff).as("settled on %s", date).isCloseTo(1000 * (69.37 - entry), offset(1e-6));
            }
        }
    }

    @Test
    void vixOptionVolsAreTheDaysVvixTimesTheTenorFactor() {
        HistoricalVixOptionVols vols = new HistoricalVixOptionVols(history, 0);
        int peak = index(LocalDate.of(2020, 3, 16));
        assertThat(vols.at(peak, VixOptionTenorRule.T30)).isCloseTo(2.0759, offset(1e-12)); // VVIX 207.59
        assertThat(vols.at(peak, 63 / 252.0)).isCloseTo(2.0759 * VixOptionTenorRule.factor(63 / 252.0), offset(1e-12));
        // 2010-11-11 has no VVIX close: the previous day's is carried.
        int gap = index(LocalDate.of(2010, 11, 11));
        assertThat(history.vvixClose(gap)).isNaN();
        assertThat(vols.at(gap, VixOptionTenorRule.T30)).isEqualTo(history.vvixClose(gap - 1) / 100);
        // Before 2007-01-03 nothing (2006's VVIX is unreliable), so the scenario's flat vol stands in.
        int early = index(LocalDate.of(2006, 12, 29));
        assertThat(vols.at(early, 0.1)).isNaN();
        assertThat(vols.orElse(VixOptionVols.flat(0.9)).at(early, 0.1)).isEqualTo(0.9);
        assertThat(vols.orElse(VixOptionVols.flat(0.9)).at(peak, VixOptionTenorRule.T30)).isCloseTo(2.0759, offset(1e-12));
    }

    @Test
    void theBootstrapReadsTheSampledDaysQuotes() {
        MarketHistory source = history.between(LocalDate.of(2009, 9, 18), LocalDate.of(2026, 7, 23));
        BlockBootstrapModel model = new BlockBootstrapModel(source, 5000, 45.0, 10.0, 50);
        VixFutureCurve curve = model.ownVixFutures().orElseThrow();
        VixOptionVols.ByDay vols = model.ownVixOptionVols().orElseThrow();
        int anchor = model.anchorDay();
        assertThat(source.vixClose(anchor)).isCloseTo(45.0, offset(2.0));
        // Before its first draw (cursor -1) a path reads the anchor day, scaled to its own VIX.
        assertThat(curve.future(-1, 45.0, 0, 60 / 252.0))
                .isCloseTo(curve.future(anchor, source.vixClose(anchor), 0, 60 / 252.0) * 45.0 / source.vixClose(anchor),
                        offset(1e-12));
        assertThat(vols.at(-1, VixOptionTenorRule.T30)).isEqualTo(source.vvixClose(anchor) / 100);
        int steps = 30;
        PathEngine.run(model, new SimulationSettings(1, steps, 1.0 / 252, 9L, 1, 1), new EachStep((state, step) -> {
            if (step > 0) {
                int day = state.cursor[0];
                double m2 = source.vixFutureSettle(day, 1);
                double scaled = m2 * state.vix[0] / source.vixClose(day);
                assertThat(curve.future(day, state.vix[0], 0, source.vixFutureTradingDays(day, 1) / 252.0))
                        .isCloseTo(scaled, offset(1e-9));
            }
        }), ProgressListener.NONE, new CancellationToken());
    }

    private static CampaignSpec spec(AlvhPolicy policy) {
        return new CampaignSpec(new CondorRule.ByDistancePercent(0.05, 0.04), 45, 1, CondorManagement.STANDARD,
                TradingCosts.DEFAULT, SkewModel.DEFAULT, 0.02, 0.015, 0.9, VixTermStructure.DEFAULT, 1_000_000, policy);
    }

    private static int index(LocalDate date) {
        for (int i = 0; i < history.size(); i++) {
            if (history.date(i).equals(date)) {
                return i;
            }
        }
        throw new AssertionError("no trading day " + date);
    }

    /** Runs a check on the first path's state at every step. */
    private static final class EachStep implements BlockAggregator<Integer, Integer> {
        interface Check {
            void at(PathState state, int step);
        }

        private final Check check;

        EachStep(Check check) {
            this.check = check;
        }

        @Override
        public PathObserver<Integer> observer(int firstPath, int blockPaths) {
            return new PathObserver<>() {
                @Override
                public void start(PathState state) {
                    check.at(state, 0);
                }

                @Override
                public void step(PathState state, int step) {
                    check.at(state, step);
                }

                @Override
                public Integer result() {
                    return 0;
                }
            };
        }

        @Override
        public Integer combine(List<Integer> blocks) {
            return 0;
        }
    }
}
