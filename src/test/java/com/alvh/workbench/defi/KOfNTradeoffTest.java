package com.alvh.workbench.defi;

import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The insurance pool report's k-of-n trade-off (docs/defi.md section 5.1): one point per (n, k), its
 * closed forms those of {@link MultisigMath} for that multisig, its P(ruin) the pool's own run on the same
 * seed, and the two sides of the trade-off moving against each other as k rises.
 */
class KOfNTradeoffTest {

    private static final int PATHS = 300;

    @Test
    void eachPointIsThePoolsRunAndTheClosedFormsOfItsMultisig() {
        DefiSamples.DefiSample s = DefiSamples.insurancePool();
        InsurancePool pool = (InsurancePool) s.runs().get(0).position();
        KOfNTradeoff t = KOfNTradeoff.compute(pool, s.market(), s.settings(), new int[] {3, 5}, 7.0, PATHS,
                new CancellationToken());
        assertThat(t.paths()).isEqualTo(PATHS);
        assertThat(t.points()).extracting(p -> p.signers() + "-" + p.threshold())
                .containsExactly("3-1", "3-2", "3-3", "5-1", "5-2", "5-3", "5-4", "5-5");
        for (KOfNTradeoff.Point p : t.points()) {
            MultisigSpec m = pool.multisig().withSignersAndThreshold(p.signers(), p.threshold());
            assertThat(p.payoutLaterThanDeadline()).isEqualTo(MultisigMath.payoutLaterThan(m, 7.0));
            assertThat(p.meanPayoutDelayDays()).isEqualTo(MultisigMath.meanPayoutDelay(m));
            assertThat(p.compromiseProbability()).isEqualTo(MultisigMath.compromiseProbability(m));
            assertThat(p.ruinStandardError()).isCloseTo(Math.sqrt(p.probabilityOfRuin() * (1 - p.probabilityOfRuin()) / PATHS),
                    within(1e-15));
        }
        // The sample's own multisig is 3-of-5: its point is the unhedged pool's run on the same paths.
        assertThat(pool.multisig().signers()).isEqualTo(5);
        assertThat(pool.multisig().threshold()).isEqualTo(3);
        SimulationSettings same = new SimulationSettings(PATHS, s.settings().steps(), s.settings().dt(), s.settings().seed(), 2,
                Math.min(s.settings().blockSize(), PATHS));
        var run = DefiSimulation.run(s.market(), pool, DefiHedgePolicy.unhedged(), same, ProgressListener.NONE,
                new CancellationToken()).result();
        KOfNTradeoff.Point own = t.points().get(5);
        assertThat(own.probabilityOfRuin()).isEqualTo(CampaignSummary.of(run, same.dt()).probabilityOfRuin());

        // For each n, a higher k is harder to compromise and slower to pay.
        for (int n : new int[] {3, 5}) {
            List<KOfNTradeoff.Point> row = t.points().stream().filter(p -> p.signers() == n).toList();
            for (int k = 1; k < row.size(); k++) {
                assertThat(row.get(k).compromiseProbability()).isLessThan(row.get(k - 1).compromiseProbability());
                assertThat(row.get(k).payoutLaterThanDeadline()).isGreaterThanOrEqualTo(row.get(k - 1).payoutLaterThanDeadline());
                assertThat(row.get(k).meanPayoutDelayDays()).isGreaterThan(row.get(k - 1).meanPayoutDelayDays());
            }
        }
    }
}
