package com.alvh.workbench.sim;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.MarketHistory;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class HistoricalModelsTest {

    private static MarketHistory history;

    @BeforeAll
    static void load() throws IOException {
        history = MarketHistory.load(Path.of("sample-data"));
    }

    /** Records spot, VIX and cursor of path 0 at every step. */
    static final class FirstPath implements BlockAggregator<double[][], double[][]> {
        private final int steps;

        FirstPath(int steps) {
            this.steps = steps;
        }

        @Override
        public PathObserver<double[][]> observer(int firstPath, int blockPaths) {
            double[][] rec = new double[3][steps + 1];
            return new PathObserver<>() {
                @Override
                public void start(PathState s) {
                    step(s, 0);
                }

                @Override
                public void step(PathState s, int step) {
                    rec[0][step] = s.spot[0];
                    rec[1][step] = s.vix[0];
                    rec[2][step] = s.cursor[0];
                }

                @Override
                public double[][] result() {
                    return rec;
                }
            };
        }

        @Override
        public double[][] combine(List<double[][]> blocks) {
            return blocks.get(0);
        }
    }

    @Test
    void replayOfCovidReproducesTheRealClosesExactly() {
        MarketHistory covid = history.between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel model = new HistoricalReplayModel(covid);
        double[][] path = PathEngine.run(model, new SimulationSettings(1, model.steps(), 1.0 / 252, 1L, 1, 1),
                new FirstPath(model.steps()), ProgressListener.NONE, new CancellationToken());
        for (int day = 0; day < covid.size(); day++) {
            assertThat(path[0][day]).as("SPX on %s", covid.date(day)).isEqualTo(covid.spxClose(day));
            assertThat(path[1][day]).as("VIX on %s", covid.date(day)).isEqualTo(covid.vixClose(day));
        }
        // The two ends as Cboe and S&P published them (sample-data files, rounded there to 4 decimals).
        assertThat(path[0][0]).isEqualTo(3386.1499);
        assertThat(path[0][model.steps()]).isEqualTo(2237.3999);
        assertThat(path[1][model.steps()]).isEqualTo(61.59, offset(1e-9));
    }

    @Test
    void replayRefusesToRunPastItsEnd() {
        MarketHistory covid = history.between(HistoricalEpisode.COVID_2020.from(), HistoricalEpisode.COVID_2020.to());
        HistoricalReplayModel model = new HistoricalReplayModel(covid);
        assertThatThrownBy(() -> PathEngine.run(model, new SimulationSettings(1, model.steps() + 1, 1.0 / 252, 1L, 1, 1),
                new FirstPath(model.steps() + 1), ProgressListener.NONE, new CancellationToken()))
                .hasMessageContaining("replay has 23 steps (2020-02-19..2020-03-23)");
    }

    @Test
    void bootstrapTakesRealDailyMovesAndStartsBlocksNearTheCurrentVix() {
        MarketHistory source = history.between(java.time.LocalDate.of(2009, 9, 18), java.time.LocalDate.of(2026, 7, 23));
        BlockBootstrapModel model = new BlockBootstrapModel(source, 5000, 45.0, 10.0, 50);
        int steps = 60;
        double[][] path = PathEngine.run(model, new SimulationSettings(1, steps, 1.0 / 252, 9L, 1, 1),
                new FirstPath(steps), ProgressListener.NONE, new CancellationToken());
        // The cursor is the day the path mirrors: step t moved from day cursor - 1 to day cursor.
        // The path starts on a day whose VIX is among the max(50, sqrt(n)) nearest to 45.
        assertThat(source.vixClose((int) path[2][0])).isBetween(35.0, 60.0);
        for (int t = 1; t <= steps; t++) {
            int day = (int) path[2][t] - 1;
            assertThat(path[0][t] / path[0][t - 1]).isEqualTo(source.spxClose(day + 1) / source.spxClose(day), offset(1e-12));
            assertThat(path[1][t] / path[1][t - 1]).isEqualTo(source.vixClose(day + 1) / source.vixClose(day), offset(1e-12));
        }
    }

    @Test
    void pathsStartOnTheSqrtNDaysNearestTheStartingVixInEqualShares() {
        // Every path starts at the same VIX: with only `neighbours` (5) start days a whole run would
        // replay 5 episodes in its first block (2007..2025 at VIX 16: one of them 2007-07-18, the eve of
        // the August 2007 sell-off). The start is spread over the sqrt(n) nearest days instead.
        MarketHistory source = history.between(java.time.LocalDate.of(2007, 4, 2), java.time.LocalDate.of(2025, 12, 31));
        BlockBootstrapModel model = new BlockBootstrapModel(source, 5000, 16.0, 20.0, 5);
        int k = (int) Math.round(Math.sqrt(source.size() - 1));
        assertThat(model.startNeighbours()).isEqualTo(k);
        PathState state = new PathState(1024);
        model.initialise(state);
        // The k days around 16 in VIX order: no other day lies strictly between the lowest and highest.
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (int i = 0; i < state.size(); i++) {
            counts.merge(state.cursor[i], 1, Integer::sum);
            low = Math.min(low, source.vixClose(state.cursor[i]));
            high = Math.max(high, source.vixClose(state.cursor[i]));
        }
        assertThat(counts).hasSize(k);
        assertThat(low).isLessThanOrEqualTo(16.0);
        assertThat(high).isGreaterThanOrEqualTo(16.0);
        for (int d = 0; d < source.size() - 1; d++) {
            if (source.vixClose(d) > low && source.vixClose(d) < high) {
                assertThat(counts).containsKey(d);
            }
        }
        assertThat(counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                - counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
        assertThat(counts).containsKey(index(source, java.time.LocalDate.of(2007, 7, 18)));
        // A path's first step continues its start day unless it starts a new block.
        int[] start = state.cursor.clone();
        model.advance(state, 1, 1.0 / 252, RandomSource.XO_SHI_RO_256_PP.create(5L));
        int continued = 0;
        for (int i = 0; i < state.size(); i++) {
            if (state.cursor[i] == start[i] + 1) {
                continued++;
            }
        }
        assertThat(continued).isGreaterThan(900); // 1 - 1/20 of 1024 is 973
    }

    @Test
    void bootstrapTermStructureIsTheDaysScaledToThePathsVix() {
        // VIX9D, VIX3M and VIX6M are the sampled day's, scaled like its VIX futures curve; NaN where the
        // day has none (VIX3M starts 2007-12-04, VIX9D 2011-01-03), as on a replay.
        MarketHistory source = history.between(java.time.LocalDate.of(2005, 1, 3), java.time.LocalDate.of(2025, 12, 31));
        BlockBootstrapModel model = new BlockBootstrapModel(source, 5000, 16.0, 5.0, 5);
        PathState state = new PathState(500);
        model.initialise(state);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
        int withoutVix3m = 0;
        for (int step = 0; step <= 40; step++) {
            if (step > 0) {
                model.advance(state, step, 1.0 / 252, rng);
            }
            for (int i = 0; i < state.size(); i++) {
                int d = state.cursor[i];
                double scale = state.vix[i] / source.vixClose(d);
                assertThat(state.vix3m[i]).isEqualTo(Double.valueOf(source.vix3mClose(d) * scale));
                assertThat(state.vix9d[i]).isEqualTo(Double.valueOf(source.vix9dClose(d) * scale));
                assertThat(state.vix6m[i]).isEqualTo(Double.valueOf(source.vix6mClose(d) * scale));
                if (Double.isNaN(state.vix3m[i])) {
                    withoutVix3m++;
                }
            }
        }
        assertThat(withoutVix3m).isPositive(); // 2005..2007 days are sampled too
    }

    private static int index(MarketHistory h, java.time.LocalDate date) {
        for (int d = 0; d < h.size(); d++) {
            if (h.date(d).equals(date)) {
                return d;
            }
        }
        throw new AssertionError("no trading day " + date);
    }

    @Test
    void blocksHaveTheRequestedMeanLength() {
        // A step continues its block with probability 1 - 1/L (unless history runs out, which is rare
        // for 2009-2026); with L = 5 the continuation rate is 0.8, checked within 4 standard errors.
        MarketHistory source = history.between(java.time.LocalDate.of(2009, 9, 18), java.time.LocalDate.of(2026, 7, 23));
        BlockBootstrapModel model = new BlockBootstrapModel(source, 5000, 16.0, 5.0, 200);
        PathState state = new PathState(2000);
        model.initialise(state);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(3L);
        int continued = 0;
        int transitions = 0;
        model.advance(state, 1, 1.0 / 252, rng);
        for (int step = 2; step <= 50; step++) {
            int[] before = state.cursor.clone();
            model.advance(state, step, 1.0 / 252, rng);
            for (int i = 0; i < state.size(); i++) {
                transitions++;
                if (state.cursor[i] == before[i] + 1) {
                    continued++;
                }
            }
        }
        double rate = (double) continued / transitions;
        double se = Math.sqrt(0.8 * 0.2 / transitions);
        // Continuing by chance into the next day from a fresh start adds a tiny bias (1/neighbours scale).
        assertThat(rate).isCloseTo(0.8, offset(4 * se + 0.002));
    }

    @Test
    void bootstrapIsReproducibleForASeed() {
        BlockBootstrapModel model = new BlockBootstrapModel(history, 4000, 20.0, 10.0, 100);
        SimulationSettings s = new SimulationSettings(3000, 30, 1.0 / 252, 77L, 1, 256);
        double[] a = PathEngine.run(model, s, new TerminalSpots(), ProgressListener.NONE, new CancellationToken());
        double[] b = PathEngine.run(model, s.withThreads(2), new TerminalSpots(), ProgressListener.NONE,
                new CancellationToken());
        assertThat(b).containsExactly(a);
        List<Double> distinct = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            distinct.add(a[i]);
        }
        assertThat(distinct.stream().distinct().count()).isGreaterThan(5);
    }

    @Test
    void bootstrapRefusesMoreNeighboursThanDaysWithoutOverflow() {
        // Found by fuzzing the scenario loader: neighbours + 1 overflowed for Integer.MAX_VALUE.
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new BlockBootstrapModel(history, 5000, 16.0, 10.0, Integer.MAX_VALUE))
                .withMessageContaining("neighbours must be in [1, ");
    }
}
