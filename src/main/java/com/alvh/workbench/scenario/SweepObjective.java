package com.alvh.workbench.scenario;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a sweep looks for, and the two measures its frontier plots: a cost (what the protection
 * takes from the mean) against a tail measure (what it buys). Every policy is judged on the same
 * paths as the unhedged condor.
 *
 * @param cost the cost measure
 * @param tail the tail measure
 * @param goal what the best policy is: the least cost within a tail limit, the least of tail plus
 *     lambda times cost, or none (the frontier only)
 * @param tailAtMost the limit on the tail measure for {@link Goal#LEAST_COST} (USD or a fraction for
 *     ruin), NaN otherwise
 * @param lambda the weight of the cost for {@link Goal#PENALISED} (&gt;= 0), NaN otherwise
 */
public record SweepObjective(Cost cost, Tail tail, Goal goal, double tailAtMost, double lambda) {

    /** The frontier of net cost against CVaR 95 %, no best policy named. */
    public static final SweepObjective FRONTIER_ONLY = new SweepObjective(Cost.NET_COST, Tail.CVAR95, Goal.NONE,
            Double.NaN, Double.NaN);

    public SweepObjective {
        if (cost == null || tail == null || goal == null) {
            throw new IllegalArgumentException("cost, tail and goal are required");
        }
        if (goal == Goal.LEAST_COST && !(Double.isFinite(tailAtMost) && tailAtMost >= 0.0)) {
            throw new IllegalArgumentException("tailAtMost must be a number >= 0, was " + tailAtMost);
        }
        if (goal == Goal.PENALISED && !(Double.isFinite(lambda) && lambda >= 0.0)) {
            throw new IllegalArgumentException("lambda must be a number >= 0, was " + lambda);
        }
    }

    /** The cost of a policy, per path and campaign (USD). */
    public enum Cost {
        /**
         * The unhedged condor's mean P&amp;L minus the policy's: what the protection takes from the mean,
         * net of what the hedges earn back (negative when hedging adds to the mean).
         */
        NET_COST("netCost"),
        /** The premiums, trading costs and the reserve's idle cost paid, before anything earned back. */
        PREMIUM("premium");

        private final String id;

        Cost(String id) {
            this.id = id;
        }

        /** The name in sweep files. */
        public String id() {
            return id;
        }

        /** By file name. */
        public static Cost byId(String id) {
            return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown cost '" + id + "', expected one of " + Arrays.stream(values()).map(x -> x.id).toList()));
        }
    }

    /** The tail risk of a policy's terminal P&amp;L or drawdown (USD, positive = loss; ruin a probability). */
    public enum Tail {
        VAR95("var95"), VAR99("var99"), CVAR95("cvar95"), CVAR99("cvar99"),
        /** The 95th percentile of the maximum drawdown (USD). */
        MAX_DRAWDOWN95("maxDrawdown95"),
        /** The probability of a drawdown of half the capital. */
        RUIN("ruin");

        private final String id;

        Tail(String id) {
            this.id = id;
        }

        /** The name in sweep files. */
        public String id() {
            return id;
        }

        /** By file name. */
        public static Tail byId(String id) {
            return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown tail measure '" + id + "', expected one of " + Arrays.stream(values()).map(x -> x.id).toList()));
        }
    }

    /** What "best" means. */
    public enum Goal {
        /** No best policy: the frontier only. */
        NONE("frontier"),
        /** The least cost among the policies whose tail measure is at most {@code tailAtMost}. */
        LEAST_COST("leastCost"),
        /** The least {@code tail + lambda x cost}. */
        PENALISED("penalised");

        private final String id;

        Goal(String id) {
            this.id = id;
        }

        /** The name in sweep files. */
        public String id() {
            return id;
        }

        /** By file name. */
        public static Goal byId(String id) {
            return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown goal '" + id + "', expected one of " + Arrays.stream(values()).map(x -> x.id).toList()));
        }
    }


    /** One line for reports, e.g. "least net cost with CVaR 95 at most 150,000 USD". */
    public String describe() {
        String c = cost == Cost.NET_COST ? "net cost" : "premium";
        String t = tail.id();
        return switch (goal) {
            case NONE -> "frontier of " + c + " against " + t;
            case LEAST_COST -> tail == Tail.RUIN
                    ? String.format(Locale.ROOT, "least %s with %s at most %.4f", c, t, tailAtMost)
                    : String.format(Locale.ROOT, "least %s with %s at most %,.0f USD", c, t, tailAtMost);
            case PENALISED -> String.format(Locale.ROOT, "least %s + %.4g x %s", t, lambda, c);
        };
    }
}
