package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs several hedge policies on the same market paths: common random numbers. The market model
 * draws all the randomness and the policies draw none, so with one seed every policy sees exactly
 * the same SPX and VIX paths, and differences between results are due to the policies alone.
 */
public final class PolicyComparison {

    private PolicyComparison() {
    }

    /**
     * One policy's outcome.
     *
     * @param result the full result
     * @param summary its dashboard numbers
     */
    public record Entry(CampaignResult result, CampaignSummary summary) {
    }

    /**
     * @param model the market model
     * @param spec the campaign (its own policy is ignored; each of {@code policies} is run in turn)
     * @param policies the policies to compare, e.g. unhedged, Steward, Promoter, static, VXTH
     * @param settings paths, steps, seed, threads (the same for every policy)
     * @param progress told the overall progress across all policies
     * @param cancel stops the comparison
     * @return one entry per policy, in order
     */
    public static List<Entry> run(MarketModel model, CampaignSpec spec, List<AlvhPolicy> policies,
                                  SimulationSettings settings, ProgressListener progress, CancellationToken cancel) {
        List<Entry> out = new ArrayList<>();
        long total = (long) settings.paths() * policies.size();
        for (int k = 0; k < policies.size(); k++) {
            long before = (long) settings.paths() * k;
            CampaignResult r = CampaignSimulation.run(model, spec.withPolicy(policies.get(k)), settings,
                    (done, all) -> progress.progress(before + done, total), cancel);
            out.add(new Entry(r, CampaignSummary.of(r, settings.dt())));
        }
        return List.copyOf(out);
    }
}
