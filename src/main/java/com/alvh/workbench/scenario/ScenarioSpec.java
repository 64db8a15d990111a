package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.TradingCosts;

import java.util.List;

/**
 * A scenario as the file states it: what the user edits, saves and shares. {@link
 * ScenarioResolver#resolve} turns it into the {@link Scenario} the engine runs.
 *
 * @param schemaVersion the file format version ({@link ScenarioJson#SCHEMA_VERSION} once read)
 * @param name a label (non-blank)
 * @param description free text (may be empty)
 * @param market the starting market and how it is quoted
 * @param model the market model
 * @param simulation paths, steps, seed, threads
 * @param position the equity position campaign: its legs, expiry, size and management
 * @param costs commissions and slippage
 * @param capital account capital in USD (&gt; 0), including any reserve
 * @param policy the hedge policy under study
 * @param compare further policies run on the same random numbers (e.g. unhedged, presets)
 * @param cashInterest whether the account's cash earns the short rate (a replay's T-bill rate, else
 *     {@code market.rate}); false: cash earns nothing
 */
public record ScenarioSpec(int schemaVersion, String name, String description, MarketSpec market, ModelSpec model,
                           SimulationSpec simulation, EquityPosition position, TradingCosts costs, double capital,
                           PolicySpec policy, List<PolicySpec> compare, boolean cashInterest) implements ScenarioFile {

    /** A scenario whose cash earns nothing. */
    public ScenarioSpec(int schemaVersion, String name, String description, MarketSpec market, ModelSpec model,
                        SimulationSpec simulation, EquityPosition position, TradingCosts costs, double capital,
                        PolicySpec policy, List<PolicySpec> compare) {
        this(schemaVersion, name, description, market, model, simulation, position, costs, capital, policy, compare,
                false);
    }

    public ScenarioSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (description == null) {
            description = "";
        }
        if (market == null || model == null || simulation == null || position == null || costs == null
                || policy == null) {
            throw new IllegalArgumentException("market, model, simulation, position, costs and policy are required");
        }
        if (!(capital > 0.0) || !Double.isFinite(capital)) {
            throw new IllegalArgumentException("capital must be > 0 USD, was " + capital);
        }
        compare = compare == null ? List.of() : List.copyOf(compare);
    }

    /** A copy with another name. */
    public ScenarioSpec withName(String newName) {
        return new ScenarioSpec(schemaVersion, newName, description, market, model, simulation, position, costs,
                capital, policy, compare, cashInterest);
    }

    /** A copy with another description. */
    public ScenarioSpec withDescription(String newDescription) {
        return new ScenarioSpec(schemaVersion, name, newDescription, market, model, simulation, position, costs,
                capital, policy, compare, cashInterest);
    }

    /** A copy with another model. */
    public ScenarioSpec withModel(ModelSpec newModel) {
        return new ScenarioSpec(schemaVersion, name, description, market, newModel, simulation, position, costs,
                capital, policy, compare, cashInterest);
    }

    /** A copy with other simulation settings. */
    public ScenarioSpec withSimulation(SimulationSpec newSimulation) {
        return new ScenarioSpec(schemaVersion, name, description, market, model, newSimulation, position, costs,
                capital, policy, compare, cashInterest);
    }

    /** A copy with another position campaign. */
    public ScenarioSpec withPosition(EquityPosition newPosition) {
        return new ScenarioSpec(schemaVersion, name, description, market, model, simulation, newPosition, costs,
                capital, policy, compare, cashInterest);
    }

    /** A copy with the position of a condor campaign ({@link CondorSpec#toPosition()}). */
    public ScenarioSpec withCondor(CondorSpec newCondor) {
        return withPosition(newCondor.toPosition());
    }

    /**
     * The condor view of the position (what the condor fields of the editor show), or null when the
     * position is not a condor made by a condor rule ({@link CondorSpec#of}).
     */
    public CondorSpec condor() {
        return CondorSpec.of(position).orElse(null);
    }

    /** A copy with another market. */
    public ScenarioSpec withMarket(MarketSpec newMarket) {
        return new ScenarioSpec(schemaVersion, name, description, newMarket, model, simulation, position, costs,
                capital, policy, compare, cashInterest);
    }

    /** A copy with another policy under study. */
    public ScenarioSpec withPolicy(PolicySpec newPolicy) {
        return new ScenarioSpec(schemaVersion, name, description, market, model, simulation, position, costs,
                capital, newPolicy, compare, cashInterest);
    }

    /** A copy with other comparison policies. */
    public ScenarioSpec withCompare(List<PolicySpec> newCompare) {
        return new ScenarioSpec(schemaVersion, name, description, market, model, simulation, position, costs,
                capital, policy, newCompare, cashInterest);
    }

    /** A copy whose cash does or does not earn the short rate. */
    public ScenarioSpec withCashInterest(boolean earns) {
        return new ScenarioSpec(schemaVersion, name, description, market, model, simulation, position, costs,
                capital, policy, compare, earns);
    }

    /** A copy with another capital (USD). */
    public ScenarioSpec withCapital(double newCapital) {
        return new ScenarioSpec(schemaVersion, name, description, market, model, simulation, position, costs,
                newCapital, policy, compare, cashInterest);
    }
}
