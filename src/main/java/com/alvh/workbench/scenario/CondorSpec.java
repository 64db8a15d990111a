package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.PositionPresets;
import com.alvh.workbench.sim.PositionSize;
import com.alvh.workbench.sim.Settlement;

import java.util.Optional;

/**
 * An iron-condor campaign as the earlier {@code condor} section of scenario files states it: how
 * strikes are chosen, the tenor, the size and the management rules. A scenario now holds any
 * {@link EquityPosition}; this is the condor view of one made by a condor rule (what the editor's
 * condor fields edit), and how an old file's {@code condor} section is read.
 *
 * @param rule strike rule (by delta as Cboe's CNDR, or by distance)
 * @param daysToExpiry calendar days to expiry of each new condor (&gt; 0)
 * @param contracts condors per trade (&gt; 0)
 * @param management take profit, stop, close before expiry, repeat
 */
public record CondorSpec(CondorRule rule, int daysToExpiry, double contracts, CondorManagement management) {

    public CondorSpec {
        if (rule == null || management == null) {
            throw new IllegalArgumentException("rule and management are required");
        }
        if (daysToExpiry <= 0 || daysToExpiry > 3650) {
            throw new IllegalArgumentException("daysToExpiry must be in [1, 3650] calendar days, was " + daysToExpiry);
        }
        if (!(contracts > 0.0) || !Double.isFinite(contracts)) {
            throw new IllegalArgumentException("contracts must be > 0, was " + contracts);
        }
        if (management.closeAtDaysToExpiry() >= daysToExpiry) {
            throw new IllegalArgumentException("management.closeAtDaysToExpiry (" + management.closeAtDaysToExpiry()
                    + ") must be below daysToExpiry (" + daysToExpiry + ")");
        }
    }

    /** The position: the rule's four legs, a fixed-days expiry, fixed contracts, settled at the close. */
    public EquityPosition toPosition() {
        return PositionPresets.condorCampaign(rule, daysToExpiry, contracts, management);
    }

    /**
     * The condor view of a position, if it is exactly what {@link #toPosition()} makes of some condor
     * spec; empty for any other position (other legs, a monthly expiry, a collateralised size, ...).
     */
    public static Optional<CondorSpec> of(EquityPosition position) {
        if (!(position.expiry() instanceof PositionExpiry.Days d) || !(position.size() instanceof PositionSize.Contracts c)
                || position.settlement() != Settlement.CLOSE) {
            return Optional.empty();
        }
        return PositionPresets.condorRule(position.legs()).flatMap(rule -> {
            try {
                CondorSpec spec = new CondorSpec(rule, d.days(), c.contracts(), position.management());
                return spec.toPosition().equals(position) ? Optional.of(spec) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }
}
