package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

/**
 * An {@link EquityPosition} prepared for a run, shared read-only by every block: its legs as arrays,
 * the tenor of a fixed-days expiry, and the delta-strike solvers of its delta legs for every tenor an
 * opening can have.
 */
final class PositionPlan {

    final EquityPosition position;
    final int legCount;
    final OptionType[] types;
    final double[] quantities;
    final LegStrike[] strikes;
    final int[] beyond;
    /** Steps to expiry of a fixed-days expiry; -1 on the monthly cycle. */
    final int tenorSteps;
    /** The longest steps to expiry an opening can have. */
    final int longestTenor;
    /** Solvers {@code [leg][tenor]} of the delta legs (null elsewhere). */
    private final SmileOptionTable.DeltaStrikeSolver[][] solvers;
    /** Whether any leg's strike is by delta. */
    final boolean hasDeltaLegs;

    /**
     * @param position the position
     * @param cycleLongest the longest steps to expiry on the monthly cycle (used only by a monthly expiry)
     */
    PositionPlan(EquityPosition position, int cycleLongest) {
        this.position = position;
        this.legCount = position.legCount();
        types = new OptionType[legCount];
        quantities = new double[legCount];
        strikes = new LegStrike[legCount];
        beyond = new int[legCount];
        boolean delta = false;
        for (int j = 0; j < legCount; j++) {
            PositionLeg leg = position.legs().get(j);
            types[j] = leg.type();
            quantities[j] = leg.quantity();
            strikes[j] = leg.strike();
            beyond[j] = leg.beyond();
            delta |= leg.strike() instanceof LegStrike.Delta;
        }
        this.hasDeltaLegs = delta;
        if (position.expiry() instanceof PositionExpiry.Days d) {
            tenorSteps = MarkTables.toSteps(d.days());
            longestTenor = tenorSteps;
        } else {
            tenorSteps = -1;
            longestTenor = cycleLongest;
        }
        solvers = new SmileOptionTable.DeltaStrikeSolver[legCount][];
    }

    /** Builds the delta solvers on the run's tables (once, before any block runs). */
    void prepare(MarkTables tables) {
        for (int j = 0; j < legCount; j++) {
            if (strikes[j] instanceof LegStrike.Delta d) {
                solvers[j] = new SmileOptionTable.DeltaStrikeSolver[longestTenor + 1];
                if (tenorSteps > 0) {
                    solvers[j][tenorSteps] = tables.solver(types[j], d.delta(), tenorSteps);
                } else {
                    for (int n = 1; n <= longestTenor; n++) {
                        solvers[j][n] = tables.solver(types[j], d.delta(), n);
                    }
                }
            }
        }
    }

    /** The solver of delta leg {@code j} for an opening {@code tenor} steps from expiry. */
    SmileOptionTable.DeltaStrikeSolver solver(int j, int tenor) {
        return solvers[j][tenor];
    }
}
