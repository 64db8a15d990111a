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
 * @param warnings values of the file that are valid but that the model does not use, each at its JSON
 *     path (see {@code UnusedValues}); printed by {@code validate}, {@code run} and the report
 */
public record Scenario(ScenarioSpec spec, MarketModel model, CampaignSpec campaign, SimulationSettings settings,
                       List<AlvhPolicy> policies, String modelDescription, List<LocalDate> dates,
                       List<ScenarioProblem> warnings) {

    /** A scenario without warnings. */
    public Scenario(ScenarioSpec spec, MarketModel model, CampaignSpec campaign, SimulationSettings settings,
                    List<AlvhPolicy> policies, String modelDescription, List<LocalDate> dates) {
        this(spec, model, campaign, settings, policies, modelDescription, dates, List.of());
    }

    public Scenario {
        if (spec == null || model == null || campaign == null || settings == null || policies == null
                || policies.isEmpty()) {
            throw new IllegalArgumentException("spec, model, campaign, settings and at least one policy are required");
        }
        policies = List.copyOf(policies);
        dates = dates == null ? List.of() : List.copyOf(dates);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
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
