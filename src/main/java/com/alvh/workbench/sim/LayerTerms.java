package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

/**
 * The hedge layers of a campaign run as its instruments see them, prepared once and shared read-only:
 * per layer the instrument, the USD per point of its unit mark, its tenor in steps and, for an SPX
 * put chosen by delta, the strike solver at that tenor.
 */
final class LayerTerms {

    final LayerBook.Plan plan;
    final HedgeLayer[] layers;
    final HedgeInstrumentKind[] kinds;
    /** USD per point of each layer's unit mark. */
    final double[] multipliers;
    final int[] tenorSteps;
    /** Strike solvers of delta-rule SPX put layers (null for other layers). */
    final SmileOptionTable.DeltaStrikeSolver[] strikeSolvers;
    /** The longest tenor of any layer (steps). */
    final int longestTenor;

    /**
     * @param spec the campaign (its policy and reserve)
     * @param steps steps in the run
     */
    LayerTerms(CampaignSpec spec, int steps) {
        double idle = spec.policy().reserve().capital() * spec.policy().reserve().costRate() / MarkTables.STEPS_PER_YEAR;
        this.plan = new LayerBook.Plan(spec.policy(),
                layer -> layer.instrument() == HedgeInstrumentKind.VIX_FUTURE
                        ? MarkTables.FUTURES_MULTIPLIER : MarkTables.OPTION_MULTIPLIER,
                layer -> layer.instrument() == HedgeInstrumentKind.VIX_FUTURE, MarkTables.STEPS_PER_YEAR,
                // No entry on the last step: a hedge bought as the run ends protects nothing and would only
                // book its spread and commission (the DeFi engine's rule too).
                idle, steps - 1);
        this.layers = plan.layers().toArray(new HedgeLayer[0]);
        int count = layers.length;
        this.kinds = new HedgeInstrumentKind[count];
        this.multipliers = plan.multipliers;
        this.tenorSteps = new int[count];
        this.strikeSolvers = new SmileOptionTable.DeltaStrikeSolver[count];
        int longest = 0;
        for (int l = 0; l < count; l++) {
            kinds[l] = layers[l].instrument();
            tenorSteps[l] = MarkTables.toSteps(layers[l].tenorDays());
            longest = Math.max(longest, tenorSteps[l]);
        }
        this.longestTenor = longest;
    }

    /** Builds the SPX put layers' delta solvers on the run's tables (once, before any block runs). */
    void prepare(MarkTables tables) {
        for (int l = 0; l < layers.length; l++) {
            if (kinds[l] == HedgeInstrumentKind.SPX_PUT && layers[l].strike() instanceof StrikeRule.Delta d) {
                strikeSolvers[l] = tables.solver(OptionType.PUT, d.delta(), tenorSteps[l]);
            }
        }
    }

    /** Number of layers (the reserve's deployment included). */
    int count() {
        return layers.length;
    }
}
