package com.alvh.workbench.sweep;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.sim.BlockBootstrapModel;
import com.alvh.workbench.sim.BlockRunner;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PathState;
import com.alvh.workbench.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedBlockTest {

    /**
     * A recorded block gives every policy the state the model produced, the whole term structure
     * included: SPX options are quoted off VIX9D, VIX, VIX3M and VIX6M, so a sweep that dropped VIX9D
     * and VIX6M priced the condor differently from a normal run (the flagship's bootstrap out of sample:
     * unhedged 53,272 against 54,159).
     */
    @Test
    void loadGivesBackEveryQuotedIndex() throws IOException {
        MarketHistory history = MarketHistory.load(Path.of("sample-data"))
                .between(LocalDate.of(2012, 1, 3), LocalDate.of(2025, 12, 31));
        BlockBootstrapModel model = new BlockBootstrapModel(history, 5000, 16.0, 20.0, 5);
        SimulationSettings settings = new SimulationSettings(64, 10, 1.0 / 252, 7L, 1, 64);
        RecordedBlock block = RecordedBlock.record(model, settings, 0, new CancellationToken());
        // The same stream by hand.
        PathState state = new PathState(64);
        model.initialise(state);
        var random = BlockRunner.blockStream(7L, 0);
        PathState loaded = new PathState(64);
        for (int step = 0; step <= 10; step++) {
            if (step > 0) {
                model.advance(state, step, 1.0 / 252, random);
            }
            block.load(step, loaded);
            assertThat(loaded.vix9d).containsExactly(state.vix9d);
            assertThat(loaded.vix6m).containsExactly(state.vix6m);
            assertThat(loaded.vix3m).containsExactly(state.vix3m);
            assertThat(loaded.vix).containsExactly(state.vix);
            assertThat(loaded.spot).containsExactly(state.spot);
            assertThat(loaded.cursor).containsExactly(state.cursor);
        }
        assertThat(loaded.vix9d[0]).isPositive(); // 2012 on: every day has VIX9D
    }
}
