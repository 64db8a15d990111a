package com.alvh.workbench.sim;

import java.util.List;

/**
 * Named shapes of equity positions as legs, puts before calls and lower strikes first. Each takes its
 * expiry, size and management; the legs are what differ.
 *
 * <ul>
 *   <li>{@link #condor}: an iron condor by delta (Cboe CNDR: 20-delta shorts, 5-delta wings);</li>
 *   <li>{@link #asymmetricCondor}: put and call sides at different deltas (a put-heavy condor);</li>
 *   <li>{@link #brokenWingCondor}: delta shorts, wings of different widths (fractions of spot);</li>
 *   <li>{@link #ironFly}: short at-the-money put and call, wings a fraction of spot away;</li>
 *   <li>{@link #putSpread}: a short put and a further long put, by delta;</li>
 *   <li>{@link #strangle}: a short put and a short call by delta (no wings: loss unbounded above).</li>
 * </ul>
 */
public final class PositionPresets {

    /** Cboe CNDR's deltas: 20-delta short legs, 5-delta long legs. */
    public static final double CNDR_SHORT_DELTA = 0.20;
    public static final double CNDR_WING_DELTA = 0.05;

    private PositionPresets() {
    }

    /**
     * An iron condor by delta: long put, short put, short call, long call, each wing at least one strike
     * beyond its short leg.
     *
     * @param shortDelta |delta| of the short legs, in (0, 0.5)
     * @param wingDelta |delta| of the long legs, in (0, shortDelta)
     */
    public static List<PositionLeg> condor(double shortDelta, double wingDelta) {
        return asymmetricCondor(shortDelta, wingDelta, shortDelta, wingDelta);
    }

    /**
     * An iron condor whose put and call sides are chosen at different deltas.
     *
     * @param putShortDelta |delta| of the short put, in (0, 0.5)
     * @param putWingDelta |delta| of the long put, in (0, putShortDelta)
     * @param callShortDelta |delta| of the short call, in (0, 0.5)
     * @param callWingDelta |delta| of the long call, in (0, callShortDelta)
     */
    public static List<PositionLeg> asymmetricCondor(double putShortDelta, double putWingDelta, double callShortDelta,
                                                     double callWingDelta) {
        requireWing("put", putShortDelta, putWingDelta);
        requireWing("call", callShortDelta, callWingDelta);
        return List.of(PositionLeg.longPut(new LegStrike.Delta(putWingDelta)).beyond(1),
                PositionLeg.shortPut(new LegStrike.Delta(putShortDelta)),
                PositionLeg.shortCall(new LegStrike.Delta(callShortDelta)),
                PositionLeg.longCall(new LegStrike.Delta(callWingDelta)).beyond(2));
    }

    /**
     * An iron condor with delta shorts and wings of different widths, in fractions of spot from the
     * short strikes (a wider put wing buys cheaper protection further down).
     *
     * @param shortDelta |delta| of the short legs, in (0, 0.5)
     * @param putWingPercent width of the put spread, e.g. 0.04 for 4 % of spot (&gt; 0)
     * @param callWingPercent width of the call spread (&gt; 0)
     */
    public static List<PositionLeg> brokenWingCondor(double shortDelta, double putWingPercent, double callWingPercent) {
        requireShort(shortDelta);
        return List.of(PositionLeg.longPut(new LegStrike.PercentFromLeg(1, -requireWidth(putWingPercent))),
                PositionLeg.shortPut(new LegStrike.Delta(shortDelta)),
                PositionLeg.shortCall(new LegStrike.Delta(shortDelta)),
                PositionLeg.longCall(new LegStrike.PercentFromLeg(2, requireWidth(callWingPercent))));
    }

    /**
     * An iron fly: short put and short call at the money (the strike nearest spot), wings a fraction of
     * spot away.
     *
     * @param wingPercent e.g. 0.05 for wings 5 % of spot from the body (&gt; 0)
     */
    public static List<PositionLeg> ironFly(double wingPercent) {
        double w = requireWidth(wingPercent);
        return List.of(PositionLeg.longPut(new LegStrike.PercentFromLeg(1, -w)),
                PositionLeg.shortPut(new LegStrike.PercentFromSpot(0.0)),
                PositionLeg.shortCall(new LegStrike.PercentFromSpot(0.0)),
                PositionLeg.longCall(new LegStrike.PercentFromLeg(2, w)));
    }

    /**
     * A put credit spread by delta.
     *
     * @param shortDelta |delta| of the short put, in (0, 0.5)
     * @param wingDelta |delta| of the long put, in (0, shortDelta)
     */
    public static List<PositionLeg> putSpread(double shortDelta, double wingDelta) {
        requireWing("put", shortDelta, wingDelta);
        return List.of(PositionLeg.longPut(new LegStrike.Delta(wingDelta)).beyond(1),
                PositionLeg.shortPut(new LegStrike.Delta(shortDelta)));
    }

    /**
     * A short strangle by delta.
     *
     * @param shortDelta |delta| of both legs, in (0, 0.5)
     */
    public static List<PositionLeg> strangle(double shortDelta) {
        requireShort(shortDelta);
        return List.of(PositionLeg.shortPut(new LegStrike.Delta(shortDelta)),
                PositionLeg.shortCall(new LegStrike.Delta(shortDelta)));
    }

    /**
     * The legs of a condor rule: by delta as {@link #condor}; by distance, shorts a fraction of spot
     * from spot and wings a further fraction of spot from the shorts.
     */
    public static List<PositionLeg> legs(CondorRule rule) {
        if (rule instanceof CondorRule.ByDelta d) {
            return condor(d.shortDelta(), d.longDelta());
        }
        CondorRule.ByDistancePercent p = (CondorRule.ByDistancePercent) rule;
        return List.of(PositionLeg.longPut(new LegStrike.PercentFromLeg(1, -p.wingPercent())),
                PositionLeg.shortPut(new LegStrike.PercentFromSpot(-p.shortPercent())),
                PositionLeg.shortCall(new LegStrike.PercentFromSpot(p.shortPercent())),
                PositionLeg.longCall(new LegStrike.PercentFromLeg(2, p.wingPercent())));
    }

    /**
     * The campaign position of the earlier condor rule: its legs, a fixed-days expiry, fixed contracts,
     * settled at the close, under the name "Iron condor".
     *
     * @param rule by delta or by distance
     * @param daysToExpiry calendar days to expiry of each new condor
     * @param contracts condors per trade
     * @param management take profit, stop, close before expiry, repeat
     */
    public static EquityPosition condorCampaign(CondorRule rule, int daysToExpiry, double contracts,
                                                CondorManagement management) {
        return EquityPosition.of(CONDOR_NAME, legs(rule), new PositionExpiry.Days(daysToExpiry), contracts, management);
    }

    /** The name of a position made from a condor rule. */
    public static final String CONDOR_NAME = "Iron condor";

    /**
     * The condor rule a position was made from, if its legs are exactly that rule's (the inverse of
     * {@link #legs(CondorRule)}); empty for any other shape.
     */
    public static java.util.Optional<CondorRule> condorRule(List<PositionLeg> legs) {
        if (legs.size() != 4) {
            return java.util.Optional.empty();
        }
        CondorRule candidate = null;
        try {
            if (legs.get(1).strike() instanceof LegStrike.Delta s && legs.get(0).strike() instanceof LegStrike.Delta w) {
                candidate = new CondorRule.ByDelta(s.delta(), w.delta());
            } else if (legs.get(1).strike() instanceof LegStrike.PercentFromSpot s
                    && legs.get(0).strike() instanceof LegStrike.PercentFromLeg w) {
                candidate = new CondorRule.ByDistancePercent(-s.percent(), -w.percent());
            }
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
        return candidate != null && legs(candidate).equals(legs) ? java.util.Optional.of(candidate)
                : java.util.Optional.empty();
    }

    private static void requireShort(double shortDelta) {
        if (!(shortDelta > 0.0 && shortDelta < 0.5)) {
            throw new IllegalArgumentException("short delta must be in (0, 0.5), was " + shortDelta);
        }
    }

    private static void requireWing(String side, double shortDelta, double wingDelta) {
        requireShort(shortDelta);
        if (!(wingDelta > 0.0 && wingDelta < shortDelta)) {
            throw new IllegalArgumentException(side + " wing delta must be in (0, " + shortDelta + "), was " + wingDelta);
        }
    }

    private static double requireWidth(double percent) {
        if (!(percent > 0.0 && percent < 1.0)) {
            throw new IllegalArgumentException("wing width must be in (0, 1) of spot, was " + percent);
        }
        return percent;
    }
}
