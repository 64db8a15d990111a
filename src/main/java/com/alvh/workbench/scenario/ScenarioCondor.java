package com.alvh.workbench.scenario;

import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.product.IronCondor;
import com.alvh.workbench.sim.CondorRule;

/**
 * The first condor of a scenario's campaign at its starting market: what the payoff chart, the
 * Explore tab and the report show before any simulation.
 */
public final class ScenarioCondor {

    private ScenarioCondor() {
    }

    /** The starting market snapshot (spot, VIX, rates, VIX-option vol, VIX curve). */
    public static MarketSnapshot market(ScenarioSpec spec) {
        return market(spec, spec.market().spot(), spec.market().vix());
    }

    /** The snapshot at another spot and VIX (a replay starts at the history's first close). */
    public static MarketSnapshot market(ScenarioSpec spec, double spot, double vix) {
        MarketSpec m = spec.market();
        return new MarketSnapshot(spot, vix, m.rate(), m.dividendYield(), m.vixOptionVol(), m.vixCurve());
    }

    /**
     * The condor the campaign opens first, by its strike rule.
     *
     * @param spec the scenario
     * @param market the snapshot it opens at
     */
    public static IronCondor first(ScenarioSpec spec, MarketSnapshot market) {
        CondorSpec c = spec.condor();
        if (c == null) {
            throw new IllegalArgumentException("the position '" + spec.position().name()
                    + "' is not an iron condor by a condor rule (its legs are shown by ScenarioPosition)");
        }
        double expiry = Act365.years(c.daysToExpiry());
        if (c.rule() instanceof CondorRule.ByDelta d) {
            return IronCondor.byDelta(market, spec.market().skew(), expiry, d.shortDelta(), d.longDelta(), c.contracts());
        }
        CondorRule.ByDistancePercent d = (CondorRule.ByDistancePercent) c.rule();
        // IronCondor takes percentages in percent (5 = 5 %); the rule holds fractions.
        return IronCondor.byDistancePercent(market.spot(), 100 * d.shortPercent(), 100 * d.wingPercent(), expiry,
                c.contracts());
    }

    /** A one-line description of the rule, e.g. "delta rule (0.20 / 0.05)". */
    public static String ruleText(ScenarioSpec spec) {
        if (spec.condor() == null) {
            return ScenarioPosition.describe(spec.position());
        }
        CondorRule r = spec.condor().rule();
        if (r instanceof CondorRule.ByDelta d) {
            return String.format(java.util.Locale.US, "delta rule (%.2f / %.2f)", d.shortDelta(), d.longDelta());
        }
        CondorRule.ByDistancePercent d = (CondorRule.ByDistancePercent) r;
        return String.format(java.util.Locale.US, "distance rule (%.1f %% / %.1f %%)", 100 * d.shortPercent(),
                100 * d.wingPercent());
    }
}
