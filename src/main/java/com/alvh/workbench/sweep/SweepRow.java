package com.alvh.workbench.sweep;

import com.alvh.workbench.hedge.AlvhPolicy;

/**
 * One evaluated policy of a sweep.
 *
 * @param index the row's number (0 the unhedged condor, 1 the base policy, then the sweep's points)
 * @param role what the row is
 * @param axisValues the axes' values (the base's for the base policy; NaN for the unhedged)
 * @param policy the policy
 * @param metrics its figures on the sweep's paths
 * @param cost the objective's cost measure (USD)
 * @param tail the objective's tail measure (USD; ruin a probability)
 * @param onFrontier whether it is on the cost-versus-tail frontier
 */
public record SweepRow(int index, Role role, double[] axisValues, AlvhPolicy policy, PolicyMetrics metrics,
                       double cost, double tail, boolean onFrontier) {

    /** What a row is. */
    public enum Role {
        /** The condor without any hedge: the reference of every cost. */
        UNHEDGED,
        /** The base scenario's own policy, as it stands. */
        BASE,
        /** A policy the sweep picked. */
        POINT
    }

    /** A short label: "unhedged", "base" or "#12". */
    public String label() {
        return switch (role) {
            case UNHEDGED -> "unhedged";
            case BASE -> "base";
            case POINT -> "#" + index;
        };
    }
}
