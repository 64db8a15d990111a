package com.alvh.workbench.scenario;

import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.product.MultiLegStrategy;
import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.OptionStrategy;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.LegStrike;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.PositionLeg;
import com.alvh.workbench.sim.PositionSize;
import com.alvh.workbench.sim.PositionStrikes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first position of a scenario's campaign at its starting market, whatever its legs: what the
 * payoff chart and the report show before any simulation, and a one-line description of the legs.
 * An iron condor made by a condor rule is shown as {@link ScenarioCondor} has always shown it.
 */
public final class ScenarioPosition {

    private ScenarioPosition() {
    }

    /**
     * The position the campaign opens first, at a market snapshot: the strikes its legs take there
     * ({@link PositionStrikes#at}), the expiry of an opening (a monthly-cycle position is shown with 30
     * days), the size of a fixed-contracts position (one unit of a collateralised one).
     *
     * @param spec the scenario
     * @param market the snapshot it opens at
     */
    public static OptionStrategy first(ScenarioSpec spec, MarketSnapshot market) {
        if (spec.condor() != null) {
            return ScenarioCondor.first(spec, market);
        }
        EquityPosition p = spec.position();
        double expiry = Act365.years(p.expiry().typicalDays());
        double[] strikes = PositionStrikes.at(p, spec.market().skew(), market.spot(), market.vix(), market.rate(),
                market.dividendYield(), expiry);
        double units = p.size() instanceof PositionSize.Contracts c ? c.contracts() : 1.0;
        List<OptionLeg> legs = new ArrayList<>();
        for (int j = 0; j < strikes.length; j++) {
            PositionLeg leg = p.legs().get(j);
            legs.add(OptionLeg.spx(leg.type(), strikes[j], expiry, leg.quantity() * units));
        }
        return new MultiLegStrategy(p.name(), legs);
    }

    /** Calendar days to expiry of an opening (30 on the monthly cycle). */
    public static int days(ScenarioSpec spec) {
        return spec.position().expiry().typicalDays();
    }

    /**
     * One line for the legs, e.g. "+1 put 0.05 delta, -1 put 0.25 delta, -1 call 0.15 delta, +1 call 0.05 delta".
     */
    public static String describe(EquityPosition p) {
        List<String> parts = new ArrayList<>();
        for (PositionLeg leg : p.legs()) {
            parts.add(String.format(Locale.ROOT, "%s%s %s %s", leg.quantity() > 0 ? "+" : "", number(leg.quantity()),
                    leg.type() == OptionType.PUT ? "put" : "call", strike(leg.strike())));
        }
        return String.join(", ", parts);
    }

    /** The expiry, size and settlement in words. */
    public static String terms(EquityPosition p) {
        String expiry = p.expiry() instanceof PositionExpiry.Days d ? d.days() + " calendar days"
                : "monthly cycle (third Friday of the next month)";
        String size = p.size() instanceof PositionSize.Contracts c ? number(c.contracts()) + " contracts"
                : "collateralised: equity covers " + number(((PositionSize.Collateralised) p.size()).maxLossMultiple())
                + " x the max loss";
        return expiry + ", " + size + ", settled at the expiry day's " + p.settlement().name().toLowerCase(Locale.ROOT);
    }

    private static String strike(LegStrike s) {
        if (s instanceof LegStrike.Delta d) {
            return String.format(Locale.ROOT, "%.2f delta", d.delta());
        }
        if (s instanceof LegStrike.PercentFromSpot p) {
            return p.percent() == 0.0 ? "at the money" : String.format(Locale.ROOT, "%+.1f %% from spot", 100 * p.percent());
        }
        if (s instanceof LegStrike.Absolute a) {
            return "strike " + number(a.strike());
        }
        if (s instanceof LegStrike.PercentFromLeg p) {
            return String.format(Locale.ROOT, "%+.1f %% of spot from leg %d", 100 * p.percent(), p.leg());
        }
        LegStrike.PointsFromLeg p = (LegStrike.PointsFromLeg) s;
        return String.format(Locale.ROOT, "%+.0f points from leg %d", p.points(), p.leg());
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
