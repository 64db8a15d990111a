package com.alvh.workbench.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto frontier of cost against tail, both to be minimised: a policy is on it when no other
 * policy has a cost and a tail both at most its own and one of them strictly lower.
 */
public final class Frontier {

    private Frontier() {
    }

    /**
     * The policies on the frontier, by ascending cost (ties: ascending tail, then index).
     *
     * @param cost per policy (any unit; NaN policies are left out)
     * @param tail per policy
     * @return the indices on the frontier; of policies with equal cost and tail, the first only
     */
    public static List<Integer> of(double[] cost, double[] tail) {
        if (cost.length != tail.length) {
            throw new IllegalArgumentException("cost and tail must have one value per policy, had "
                    + cost.length + " and " + tail.length);
        }
        Integer[] order = new Integer[cost.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> cost[i]).thenComparingDouble(i -> tail[i])
                .thenComparingInt(i -> i));
        // Sweep by ascending cost: a policy is kept when its tail is below every cheaper (or equally cheap) one's.
        List<Integer> out = new ArrayList<>();
        double bestTail = Double.POSITIVE_INFINITY;
        for (int i : order) {
            if (Double.isNaN(cost[i]) || Double.isNaN(tail[i])) {
                continue;
            }
            if (tail[i] < bestTail) {
                out.add(i);
                bestTail = tail[i];
            }
        }
        return List.copyOf(out);
    }
}
