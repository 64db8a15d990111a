package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;

import java.util.List;

/**
 * The strikes a position's legs take when it opens, the one rule for the engine and for a position
 * shown at a market snapshot: delta legs at the skew's vol for their strike, fractions of spot and
 * absolute strikes first, then legs measured from another leg (at least one strike away from it in the
 * offset's direction), then {@code beyond} constraints (a put at least one strike below its reference,
 * a call one above), everything on SPX's 5-point grid and at least one step above 0.
 */
public final class PositionStrikes {

    /** SPX strikes are listed every 5 points. */
    public static final double STEP = MarkTables.SPX_STRIKE_STEP;

    private PositionStrikes() {
    }

    /**
     * The strikes of a position opened at a market, with delta strikes solved exactly
     * ({@link SkewModel#strikeForDelta}).
     *
     * @param position the position
     * @param skew the SPX skew
     * @param spot SPX (index points)
     * @param vix VIX (index points)
     * @param rate r, continuously compounded
     * @param dividendYield q, continuously compounded
     * @param expiry time to expiry in years (&gt; 0)
     * @return one strike per leg (index points)
     */
    public static double[] at(EquityPosition position, SkewModel skew, double spot, double vix, double rate,
                              double dividendYield, double expiry) {
        List<PositionLeg> legs = position.legs();
        double[] k = new double[legs.size()];
        for (int j = 0; j < k.length; j++) {
            PositionLeg leg = legs.get(j);
            LegStrike rule = leg.strike();
            if (rule instanceof LegStrike.Delta d) {
                double target = leg.type() == OptionType.CALL ? d.delta() : -d.delta();
                k[j] = MarkTables.round(skew.strikeForDelta(leg.type(), target, spot, expiry, rate, dividendYield, vix),
                        STEP);
            } else {
                k[j] = standalone(rule, spot);
            }
        }
        complete(legs, spot, k);
        return k;
    }

    /** A fraction-of-spot or absolute strike, rounded; NaN for delta and relative rules. */
    static double standalone(LegStrike rule, double spot) {
        if (rule instanceof LegStrike.PercentFromSpot p) {
            return MarkTables.round(spot * (1.0 + p.percent()), STEP);
        }
        if (rule instanceof LegStrike.Absolute a) {
            return a.strike();
        }
        return Double.NaN;
    }

    /**
     * Completes {@code k}, which holds the standalone legs' strikes: the relative legs, the
     * {@code beyond} constraints, the floor at one step.
     *
     * @param legs the legs
     * @param spot SPX (index points)
     * @param k the strikes, completed in place
     */
    static void complete(List<PositionLeg> legs, double spot, double[] k) {
        int n = legs.size();
        for (int j = 0; j < n; j++) {
            LegStrike rule = legs.get(j).strike();
            double offset;
            int ref;
            if (rule instanceof LegStrike.PercentFromLeg p) {
                ref = p.leg();
                offset = spot * p.percent();
            } else if (rule instanceof LegStrike.PointsFromLeg p) {
                ref = p.leg();
                offset = p.points();
            } else {
                continue;
            }
            double base = k[ref];
            double strike = MarkTables.round(base + offset, STEP);
            if (offset < 0.0 && strike >= base) {
                strike = base - STEP;
            } else if (offset > 0.0 && strike <= base) {
                strike = base + STEP;
            }
            k[j] = strike;
        }
        for (int j = 0; j < n; j++) {
            PositionLeg leg = legs.get(j);
            int b = leg.beyond();
            if (b < 0) {
                continue;
            }
            if (leg.type() == OptionType.PUT && k[j] >= k[b]) {
                k[j] = k[b] - STEP;
            } else if (leg.type() == OptionType.CALL && k[j] <= k[b]) {
                k[j] = k[b] + STEP;
            }
        }
        for (int j = 0; j < n; j++) {
            // A strike rounded to 0 or below (a far put on a tiny index) lists at one step.
            k[j] = Math.max(k[j], STEP);
        }
    }
}
