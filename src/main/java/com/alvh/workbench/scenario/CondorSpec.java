package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;

/**
 * The condor campaign: how strikes are chosen, the tenor, the size and the management rules.
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
}
