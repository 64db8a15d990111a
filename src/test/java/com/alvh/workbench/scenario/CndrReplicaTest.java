package com.alvh.workbench.scenario;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VolIndexTerm;
import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PositionStrikes;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.Trade;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The CNDR replica on the monthly cycle, on real dates: each condor opens on a monthly expiration day
 * and expires on the next month's (Good Friday moves the expiration to the Thursday), its legs at the
 * CNDR deltas of that day's vol level for the tenor, settled at the expiration day's open.
 */
class CndrReplicaTest {

    private static final ScenarioResolver RESOLVER = new ScenarioResolver(java.nio.file.Path.of("sample-data"));

    private static Run replay(LocalDate from, LocalDate to) {
        ScenarioSpec spec = ScenarioSamples.cndrReplica(1).withModel(new ModelSpec.Replay(from, to, null));
        spec = spec.withSimulation(spec.simulation().withSteps(RESOLVER.replaySteps(from, to)));
        Scenario s = RESOLVER.resolve(spec);
        CampaignResult r = SimulationEngine.run(s, ProgressListener.NONE, new CancellationToken()).primary().result();
        return new Run(s, r);
    }

    record Run(Scenario scenario, CampaignResult result) {
        LocalDate date(int step) {
            return scenario.dates().get(step);
        }

        List<Trade> opened() {
            return result.trades().stream().filter(t -> t.reason().equals(Trade.OPEN)).toList();
        }
    }

    @Test
    void condorsOpenOnExpirationDaysAndExpireOnTheNextMonthsSettlingAtTheOpen() {
        Run run = replay(LocalDate.of(2020, 1, 17), LocalDate.of(2020, 6, 30));
        // Standard monthly expirations of 2020: Jan 17, Feb 21, Mar 20, Apr 17, May 15, Jun 19.
        List<LocalDate> openings = run.opened().stream().map(t -> run.date(t.step())).distinct().toList();
        assertThat(openings).containsExactly(LocalDate.of(2020, 1, 17), LocalDate.of(2020, 2, 21),
                LocalDate.of(2020, 3, 20), LocalDate.of(2020, 4, 17), LocalDate.of(2020, 5, 15), LocalDate.of(2020, 6, 19));
        for (Trade t : run.opened()) {
            LocalDate opened = run.date(t.step());
            int i = openings.indexOf(opened);
            if (i + 1 < openings.size()) {
                assertThat(run.date(t.expiryStep())).isEqualTo(openings.get(i + 1));
            }
        }
        // The condor of 2020-02-21 settles on 2020-03-20 at that day's open, the SOQ's stand-in.
        Trade shortPut = run.opened().stream().filter(t -> run.date(t.step()).equals(LocalDate.of(2020, 2, 21))
                && t.instrument().equals("SPX put") && t.quantity() < 0).findFirst().orElseThrow();
        int expiry = shortPut.expiryStep();
        MarketHistory h = RESOLVER.history().between(LocalDate.of(2020, 3, 20), LocalDate.of(2020, 3, 20));
        double open = h.spxOpen(0);
        Trade settled = run.result().trades().stream().filter(t -> t.step() == expiry && t.reason().equals(Trade.EXPIRY)
                && t.strike() == shortPut.strike() && t.instrument().equals("SPX put")).findFirst().orElseThrow();
        assertThat(settled.price()).isCloseTo(Math.max(shortPut.strike() - open, 0.0), within(1e-9));
        assertThat(open).isNotEqualTo(h.spxClose(0));
        // At expiry the whole put spread was in the money: the replica lost the width less the credit, about
        // 8-9 % of the account (the published index: -9.3 % from 2020-02-21 to 2020-03-20).
        double[] equity = run.result().samples().get(0).equity();
        int feb21 = run.scenario().dates().indexOf(LocalDate.of(2020, 2, 21));
        assertThat(equity[expiry] / equity[feb21] - 1).isBetween(-0.10, -0.07);
    }

    @Test
    void theLegsOpenAtTheCndrDeltasOfTheDaysVolLevelAndGoodFridayMovesTheExpiration() {
        Run run = replay(LocalDate.of(2008, 2, 15), LocalDate.of(2008, 5, 30));
        // March 2008's expiration is Thursday 2008-03-20 (Good Friday 2008-03-21 was a holiday).
        List<LocalDate> openings = run.opened().stream().map(t -> run.date(t.step())).distinct().toList();
        assertThat(openings).containsExactly(LocalDate.of(2008, 2, 15), LocalDate.of(2008, 3, 20),
                LocalDate.of(2008, 4, 18), LocalDate.of(2008, 5, 16));
        // The condor of 2008-03-20: 20 trading days to 2008-04-18, legs at the CNDR deltas of the 20-day level
        // on that day's closes (VIX 29.84; no VIX9D or VIX3M yet: VIX to VIX6M), rounded to 5 points.
        List<Trade> march = run.opened().stream().filter(t -> run.date(t.step()).equals(LocalDate.of(2008, 3, 20))).toList();
        int tenor = march.get(0).expiryStep() - march.get(0).step();
        assertThat(tenor).isEqualTo(20);
        int day = march.get(0).step();
        MarketHistory h = RESOLVER.history().between(LocalDate.of(2008, 3, 20), LocalDate.of(2008, 3, 20));
        double level = VolIndexTerm.interpolate(h.vix9dClose(0), h.vixClose(0), h.vix3mClose(0), h.vix6mClose(0),
                tenor / 252.0);
        ScenarioSpec spec = run.scenario().spec();
        double[] expected = PositionStrikes.at(spec.position(), spec.market().skew(), h.spxClose(0), level,
                spec.market().rate(), spec.market().dividendYield(), tenor / 252.0);
        assertThat(march).extracting(Trade::strike).containsExactly(expected[0], expected[1], expected[2], expected[3]);
        assertThat(march).allMatch(t -> t.step() == day);
        // Sized so the account covers ten times the widest spread.
        double width = Math.max(expected[1] - expected[0], expected[3] - expected[2]);
        double equity = run.result().samples().get(0).equity()[day];
        assertThat(Math.abs(march.get(0).quantity()) * width * 100 * 10).isCloseTo(equity, within(0.02 * equity));
    }
}
