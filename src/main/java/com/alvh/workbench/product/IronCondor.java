package com.alvh.workbench.product;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;

import java.util.List;

/**
 * A short SPX iron condor: sell an OTM put and an OTM call, buy a further-OTM put and a
 * further-OTM call, all of one expiry and the same number of contracts. It is opened for a
 * credit and loses at most the wider wing minus that credit.
 *
 * <p>Legs (with {@code n = contracts}): {@code +n} put at {@code longPutStrike},
 * {@code -n} put at {@code shortPutStrike}, {@code -n} call at {@code shortCallStrike},
 * {@code +n} call at {@code longCallStrike}. Expiry is a year fraction (Act/365) from the
 * valuation instant, as for {@link OptionLeg}.
 *
 * @param longPutStrike strike of the bought put (index points)
 * @param shortPutStrike strike of the sold put (index points)
 * @param shortCallStrike strike of the sold call (index points)
 * @param longCallStrike strike of the bought call (index points); the four must satisfy
 *     {@code longPut < shortPut <= shortCall < longCall}
 * @param expiry years to expiry (Act/365, &gt;= 0)
 * @param contracts number of condors (&gt; 0, finite)
 * @param multiplier USD per index point per contract (&gt; 0; SPX 100)
 */
public record IronCondor(double longPutStrike, double shortPutStrike, double shortCallStrike,
                         double longCallStrike, double expiry, double contracts, double multiplier)
        implements OptionStrategy {

    /** SPX listed strikes sit on a 5-point grid (the finest regular SPX strike interval). */
    public static final double SPX_STRIKE_STEP = 5.0;

    /** Cboe CNDR short-leg delta (magnitude): about 0.20. */
    public static final double CNDR_SHORT_DELTA = 0.20;

    /** Cboe CNDR long-leg delta (magnitude): about 0.05. */
    public static final double CNDR_LONG_DELTA = 0.05;

    public IronCondor {
        requirePositiveFinite("longPutStrike", longPutStrike);
        requirePositiveFinite("shortPutStrike", shortPutStrike);
        requirePositiveFinite("shortCallStrike", shortCallStrike);
        requirePositiveFinite("longCallStrike", longCallStrike);
        if (!(longPutStrike < shortPutStrike)) {
            throw new IllegalArgumentException("longPutStrike must be < shortPutStrike, was "
                    + longPutStrike + " vs " + shortPutStrike);
        }
        if (!(shortPutStrike <= shortCallStrike)) {
            throw new IllegalArgumentException("shortPutStrike must be <= shortCallStrike, was "
                    + shortPutStrike + " vs " + shortCallStrike);
        }
        if (!(shortCallStrike < longCallStrike)) {
            throw new IllegalArgumentException("shortCallStrike must be < longCallStrike, was "
                    + shortCallStrike + " vs " + longCallStrike);
        }
        if (!(expiry >= 0.0) || Double.isInfinite(expiry)) {
            throw new IllegalArgumentException("expiry must be finite and >= 0 years, was " + expiry);
        }
        requirePositiveFinite("contracts", contracts);
        requirePositiveFinite("multiplier", multiplier);
    }

    /**
     * An SPX condor (multiplier 100) from its four strikes.
     *
     * @param longPut bought put strike (index points)
     * @param shortPut sold put strike
     * @param shortCall sold call strike
     * @param longCall bought call strike
     * @param expiry years (Act/365)
     * @param contracts number of condors (&gt; 0)
     * @return the condor
     */
    public static IronCondor ofStrikes(double longPut, double shortPut, double shortCall, double longCall,
                                       double expiry, double contracts) {
        return new IronCondor(longPut, shortPut, shortCall, longCall, expiry, contracts,
                Underlying.SPX.optionMultiplier());
    }

    /**
     * The Cboe CNDR strike rule: short put and call at about 20 delta, long put and call at
     * about 5 delta. Source: Cboe S&amp;P 500 Iron Condor Index (CNDR) description,
     * www.cboe.com/CNDR: "sells a rolling monthly OTM SPX put option (delta ~ -0.20) and ... OTM
     * SPX call option (delta ~ 0.20); buys ... OTM SPX put option (delta ~ -0.05) and ... OTM
     * SPX call option (delta ~ 0.05)". See {@link #byDelta} for how a strike is chosen.
     *
     * @param market the snapshot (spot, rates, VIX)
     * @param skew the skew model giving each strike's vol
     * @param expiry years (Act/365, &gt; 0)
     * @param contracts number of condors
     * @return the condor
     */
    public static IronCondor cndr(MarketSnapshot market, SkewModel skew, double expiry, double contracts) {
        return byDelta(market, skew, expiry, CNDR_SHORT_DELTA, CNDR_LONG_DELTA, contracts);
    }

    /**
     * A condor whose legs sit at target Black-Scholes spot deltas, each delta taken at the skew
     * model's vol for that strike. For each leg the continuous strike with the target delta is
     * found, then of the two neighbouring strikes on the 5-point SPX grid the one whose own
     * delta is nearer the target is taken. If rounding makes a long strike equal its short
     * strike, the long strike moves one grid step further out.
     *
     * @param market the snapshot
     * @param skew the skew model
     * @param expiry years (Act/365, &gt; 0)
     * @param shortDelta delta magnitude of the short legs, in (0, 0.5), e.g. 0.20
     * @param longDelta delta magnitude of the long legs, in (0, shortDelta), e.g. 0.05
     * @param contracts number of condors
     * @return the condor
     */
    public static IronCondor byDelta(MarketSnapshot market, SkewModel skew, double expiry,
                                     double shortDelta, double longDelta, double contracts) {
        if (!(shortDelta > 0.0 && shortDelta < 0.5)) {
            throw new IllegalArgumentException("shortDelta must be in (0, 0.5), was " + shortDelta);
        }
        if (!(longDelta > 0.0 && longDelta < shortDelta)) {
            throw new IllegalArgumentException("longDelta must be in (0, shortDelta=" + shortDelta + "), was " + longDelta);
        }
        if (!(expiry > 0.0)) {
            throw new IllegalArgumentException("expiry must be > 0 years for a delta rule, was " + expiry);
        }
        double shortPut = strikeNearDelta(market, skew, OptionType.PUT, -shortDelta, expiry);
        double longPut = strikeNearDelta(market, skew, OptionType.PUT, -longDelta, expiry);
        double shortCall = strikeNearDelta(market, skew, OptionType.CALL, shortDelta, expiry);
        double longCall = strikeNearDelta(market, skew, OptionType.CALL, longDelta, expiry);
        if (longPut >= shortPut) {
            longPut = shortPut - SPX_STRIKE_STEP;
        }
        if (longCall <= shortCall) {
            longCall = shortCall + SPX_STRIKE_STEP;
        }
        return ofStrikes(longPut, shortPut, shortCall, longCall, expiry, contracts);
    }

    /**
     * A condor by distance from spot in index points, strikes rounded to the 5-point grid:
     * short put at {@code S - d}, short call at {@code S + d}, wings {@code width} further out.
     *
     * @param spot SPX spot (index points)
     * @param shortDistance {@code d} (index points, &gt;= 0)
     * @param wingWidth {@code width} (index points, rounded to the grid, at least one step)
     * @param expiry years (Act/365)
     * @param contracts number of condors
     * @return the condor
     */
    public static IronCondor byDistancePoints(double spot, double shortDistance, double wingWidth,
                                              double expiry, double contracts) {
        requirePositiveFinite("spot", spot);
        if (!(shortDistance >= 0.0) || Double.isInfinite(shortDistance)) {
            throw new IllegalArgumentException("shortDistance must be finite and >= 0, was " + shortDistance);
        }
        requirePositiveFinite("wingWidth", wingWidth);
        double width = Math.max(roundToGrid(wingWidth, SPX_STRIKE_STEP), SPX_STRIKE_STEP);
        double shortPut = roundToGrid(spot - shortDistance, SPX_STRIKE_STEP);
        double shortCall = roundToGrid(spot + shortDistance, SPX_STRIKE_STEP);
        return ofStrikes(shortPut - width, shortPut, shortCall, shortCall + width, expiry, contracts);
    }

    /**
     * A condor by distance from spot in percent: as {@link #byDistancePoints} with
     * {@code d = shortPercent/100 * S} and {@code width = wingPercent/100 * S}.
     *
     * @param spot SPX spot (index points)
     * @param shortPercent short strikes' distance from spot, percent of spot (e.g. 5 for 5%)
     * @param wingPercent wing width, percent of spot (e.g. 2)
     * @param expiry years (Act/365)
     * @param contracts number of condors
     * @return the condor
     */
    public static IronCondor byDistancePercent(double spot, double shortPercent, double wingPercent,
                                               double expiry, double contracts) {
        requirePositiveFinite("spot", spot);
        return byDistancePoints(spot, shortPercent / 100.0 * spot, wingPercent / 100.0 * spot, expiry, contracts);
    }

    /**
     * Nearest multiple of {@code step}.
     *
     * @param value a price (index points)
     * @param step grid step (index points, &gt; 0)
     * @return the rounded price
     */
    public static double roundToGrid(double value, double step) {
        return Math.round(value / step) * step;
    }

    @Override
    public String name() {
        return "Iron condor " + fmt(longPutStrike) + "/" + fmt(shortPutStrike) + "/"
                + fmt(shortCallStrike) + "/" + fmt(longCallStrike);
    }

    /** The four legs: long put, short put, short call, long call. */
    @Override
    public List<OptionLeg> legs() {
        return List.of(
                new OptionLeg(Underlying.SPX, OptionType.PUT, longPutStrike, expiry, contracts, multiplier),
                new OptionLeg(Underlying.SPX, OptionType.PUT, shortPutStrike, expiry, -contracts, multiplier),
                new OptionLeg(Underlying.SPX, OptionType.CALL, shortCallStrike, expiry, -contracts, multiplier),
                new OptionLeg(Underlying.SPX, OptionType.CALL, longCallStrike, expiry, contracts, multiplier));
    }

    /** Put-wing width {@code shortPut - longPut} (index points). */
    public double putWingWidth() {
        return shortPutStrike - longPutStrike;
    }

    /** Call-wing width {@code longCall - shortCall} (index points). */
    public double callWingWidth() {
        return longCallStrike - shortCallStrike;
    }

    /** A copy with another number of condors. */
    public IronCondor withContracts(double newContracts) {
        return new IronCondor(longPutStrike, shortPutStrike, shortCallStrike, longCallStrike, expiry,
                newContracts, multiplier);
    }

    /** A copy with another expiry (years, Act/365). */
    public IronCondor withExpiry(double newExpiry) {
        return new IronCondor(longPutStrike, shortPutStrike, shortCallStrike, longCallStrike, newExpiry,
                contracts, multiplier);
    }

    /** A copy with other strikes (index points, same ordering rule). */
    public IronCondor withStrikes(double longPut, double shortPut, double shortCall, double longCall) {
        return new IronCondor(longPut, shortPut, shortCall, longCall, expiry, contracts, multiplier);
    }

    /** The condor as a plain {@link MultiLegStrategy}. */
    public MultiLegStrategy toMultiLeg() {
        return new MultiLegStrategy(name(), legs());
    }

    private static double strikeNearDelta(MarketSnapshot m, SkewModel skew, OptionType type, double target,
                                          double expiry) {
        double exact = skew.strikeForDelta(type, target, m.spot(), expiry, m.rate(), m.dividendYield(), m.vix());
        double below = Math.floor(exact / SPX_STRIKE_STEP) * SPX_STRIKE_STEP;
        double above = below + SPX_STRIKE_STEP;
        if (below <= 0.0) {
            return above;
        }
        double errBelow = Math.abs(deltaAt(m, skew, type, below, expiry) - target);
        double errAbove = Math.abs(deltaAt(m, skew, type, above, expiry) - target);
        return errBelow <= errAbove ? below : above;
    }

    private static double deltaAt(MarketSnapshot m, SkewModel skew, OptionType type, double strike, double expiry) {
        double vol = skew.vol(m.forward(expiry), strike, expiry, m.vix());
        return BlackScholes.greeks(type, m.spot(), strike, expiry, m.rate(), m.dividendYield(), vol).delta();
    }

    private static void requirePositiveFinite(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }

    private static String fmt(double strike) {
        return strike == Math.rint(strike) ? Long.toString((long) strike) : Double.toString(strike);
    }
}
