package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.DefiSimulation;
import com.alvh.workbench.sim.PolicyComparison;

import java.util.List;

/**
 * What a DeFi scenario run produced: one entry per compared (position, hedge) pair on the same paths,
 * the unhedged base first.
 *
 * @param spec the file
 * @param sample the sample as run (its market, runs and settings)
 * @param runs each pair's result, in the sample's order
 * @param elapsedNanos wall time (ns)
 */
public record DefiRunResult(DefiScenarioSpec spec, DefiSamples.DefiSample sample, List<DefiSimulation.Labelled> runs,
                            long elapsedNanos) implements RunResult {

    public DefiRunResult {
        if (spec == null || sample == null || runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("spec, sample and at least one run are required");
        }
        runs = List.copyOf(runs);
    }

    @Override
    public String name() {
        return spec.name();
    }

    /** The comparison entries (result and summary per pair), unhedged base first. */
    @Override
    public List<PolicyComparison.Entry> entries() {
        return runs.stream().map(DefiSimulation.Labelled::entry).toList();
    }

    /** The run under study: the first hedged one (every sample puts its unhedged base first). */
    @Override
    public int primaryIndex() {
        return runs.size() > 1 ? 1 : 0;
    }

    /** The unhedged base (first), or -1 for a sample with a single run. */
    @Override
    public int baselineIndex() {
        return runs.size() > 1 ? 0 : -1;
    }

    /** Wall time in seconds. */
    @Override
    public double elapsedSeconds() {
        return elapsedNanos / 1e9;
    }

    /** One line naming the market model and its assets. */
    @Override
    public String modelDescription() {
        if (sample.market() instanceof com.alvh.workbench.defi.HistoryReplayMarket h) {
            return "Replay of real " + h.name() + " closes " + h.dates()[0] + " .. " + h.dates()[h.dates().length - 1]
                    + " (rebased to an entry price of " + Math.round(h.prices()[0]) + "), " + sample.settings().steps()
                    + " daily steps; see docs/defi.md";
        }
        if (sample.market() instanceof com.alvh.workbench.defi.PegReplayMarket p) {
            return "Replay of the real daily price of " + p.coin() + " as the pool's depegging coin, "
                    + p.dates()[0] + " .. " + p.dates()[p.dates().length - 1] + ", with real ETH closes of the same days; "
                    + sample.settings().steps() + " daily steps; peg puts priced with the calibrated depeg process; "
                    + "see docs/defi.md";
        }
        return "DeFi jump-diffusion market (" + String.join(", ", sample.market().assetNames()) + "), "
                + sample.settings().steps() + " daily steps of 1/365 year; see docs/defi.md";
    }
}
