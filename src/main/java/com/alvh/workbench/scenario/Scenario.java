package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.sim.CampaignSpec;
import com.alvh.workbench.sim.MarketModel;
import com.alvh.workbench.sim.SimulationSettings;

import java.time.LocalDate;
import java.util.List;

/**
 * A scenario ready to run: the model built (history loaded, parameters fitted), the campaign
 * validated, the policies resolved. Made by {@link ScenarioResolver#resolve}.
 *
 * @param spec what the file said
 * @param model the market model
 * @param campaign the condor campaign with the policy under study
 * @param settings paths, steps, seed and threads (threads resolved to a number)
 * @param policies the policy under study first, then the comparison policies (duplicates removed), the
 *     unhedged baseline always among them
 * @param modelDescription one line naming the model and its parameters
 * @param dates for a replay, the trading date of each step (steps + 1 dates); empty for model paths
 */
public record Scenario(ScenarioSpec spec, MarketModel model, CampaignSpec campaign, SimulationSettings settings,
                       List<AlvhPolicy> policies, String modelDescription, List<LocalDate> dates) {

    public Scenario {
        if (spec == null || model == null || campaign == null || settings == null || policies == null
                || policies.isEmpty()) {
            throw new IllegalArgumentException("spec, model, campaign, settings and at least one policy are required");
        }
        policies = List.copyOf(policies);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** The scenario's name. */
    public String name() {
        return spec.name();
    }

    /** Whether this is a replay of real history (one path, dated steps). */
    public boolean isReplay() {
        return !dates.isEmpty();
    }
}
