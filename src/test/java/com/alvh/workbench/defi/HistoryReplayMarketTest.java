package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HistoryReplayMarketTest {

    private static final Path ETH = Path.of("sample-data", "eth_usd_daily.csv");

    @Test
    void replaysTheRealClosesRebasedToTheEntryPrice() throws IOException {
        // sample-data/eth_usd_daily.csv: 2022-01-01 close 3769.6970, 2022-12-31 close 1196.7712 (Yahoo ETH-USD).
        HistoryReplayMarket m = HistoryReplayMarket.eth(ETH, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                DefiSamples.ethAsset());
        assertThat(m.steps()).isEqualTo(364);
        assertThat(m.prices()[0]).isCloseTo(3000.0, within(1e-9));
        assertThat(m.prices()[364] / m.prices()[0]).isCloseTo(1196.7712 / 3769.6970, within(1e-9));
        DefiPathState s = new DefiPathState(1, 2);
        m.initialise(s);
        m.advance(s, 1, 1.0 / 365, null);
        assertThat(s.price[0][1]).isEqualTo(m.prices()[1]);
        assertThat(s.logReturn[0][0]).isCloseTo(Math.log(m.prices()[1] / m.prices()[0]), within(1e-15));
    }

    @Test
    void theLayeredPutsCutTheLossOfTheEthLpIn2022() throws IOException {
        HistoryReplayMarket m = HistoryReplayMarket.eth(ETH, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31),
                DefiSamples.ethAsset());
        var runs = DefiSamples.lpEthReplay(m).run(ProgressListener.NONE, new CancellationToken());
        double unhedged = runs.get(0).entry().result().pnl()[0];
        double layered = runs.get(1).entry().result().pnl()[0];
        // ETH fell by two thirds: the LP ends below the range, all in ETH, and loses heavily.
        assertThat(unhedged).isLessThan(-300_000);
        assertThat(layered).isGreaterThan(unhedged);
    }

    @Test
    void anEmptyRangeIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoryReplayMarket.eth(ETH, LocalDate.of(2010, 1, 1),
                LocalDate.of(2010, 6, 1), DefiSamples.ethAsset())).withMessageContaining("2010-01-01");
    }
}
