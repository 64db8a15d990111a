package com.alvh.workbench.analytics;

import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VolSurface;
import com.alvh.workbench.product.OptionLeg;
import com.alvh.workbench.product.OptionStrategy;

import java.util.List;

/**
 * Payoff grids for the workbench chart: P&amp;L at expiry and marked to model {@code n}
 * calendar days ahead, across a grid of SPX prices, with a what-if VIX shift.
 *
 * <p>Conventions.
 * <ul>
 *   <li>P&amp;L is in USD for the whole position against the entry value {@code V0}, the model
 *       value at the unshifted snapshot (what the position was opened at).</li>
 *   <li>At the horizon each leg has {@code tau = T - n/365} left (intrinsic once
 *       {@code tau <= 0}) and is priced with Black-Scholes at spot {@code S} of the grid.</li>
 *   <li>Vol at the horizon: the skew model anchored on the snapshot's spot with VIX moved by the
 *       shift, read at each leg's strike and remaining tenor. The smile is thus sticky-strike
 *       along the spot grid (each strike keeps its vol as spot moves, the usual SPX
 *       approximation), while the VIX shift moves the whole skew: higher ATM vol and a steeper
 *       put skew. Rate and dividend yield are held fixed.</li>
 * </ul>
 *
 * <p>Cost: one vol per leg per call, then {@code legs x points} Black-Scholes prices; a
 * 4-leg condor on 400 points is a few thousand closed-form evaluations.
 */
public final class PayoffAnalytics {

    private PayoffAnalytics() {
    }

    /**
     * An evenly spaced grid of SPX prices around spot.
     *
     * @param spot the centre (index points, &gt; 0)
     * @param fraction half-width as a fraction of spot, e.g. 0.15 for +-15% (in (0, 1))
     * @param points number of points (&gt;= 2; odd puts spot exactly on the grid)
     * @return ascending prices from {@code spot (1 - fraction)} to {@code spot (1 + fraction)}
     */
    public static double[] spotGrid(double spot, double fraction, int points) {
        if (!(spot > 0.0) || Double.isInfinite(spot)) {
            throw new IllegalArgumentException("spot must be finite and > 0, was " + spot);
        }
        if (!(fraction > 0.0 && fraction < 1.0)) {
            throw new IllegalArgumentException("fraction must be in (0, 1), was " + fraction);
        }
        return linearGrid(spot * (1.0 - fraction), spot * (1.0 + fraction), points);
    }

    /**
     * An evenly spaced grid.
     *
     * @param low first point (index points, &gt; 0)
     * @param high last point (&gt; low)
     * @param points number of points (&gt;= 2)
     * @return the grid
     */
    public static double[] linearGrid(double low, double high, int points) {
        if (!(low > 0.0) || !(high > low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("grid must satisfy 0 < low < high < inf, was low " + low
                    + ", high " + high);
        }
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2, was " + points);
        }
        double[] out = new double[points];
        double step = (high - low) / (points - 1);
        for (int i = 0; i < points; i++) {
            out[i] = low + i * step;
        }
        out[points - 1] = high;
        return out;
    }

    /**
     * Payoff profile on a grid.
     *
     * @param strategy the position (SPX legs, one expiry)
     * @param market the snapshot (spot marks the chart, and anchors the smile)
     * @param skew the skew model
     * @param spots ascending SPX grid (index points)
     * @param horizonDays calendar days ahead for the marked curve (&gt;= 0)
     * @param vixShift what-if move of VIX at the horizon (VIX points; floored as in
     *     {@link MarketSnapshot#withVixShift})
     * @return the profile (USD P&amp;L, break-evens at expiry)
     */
    public static PayoffProfile profile(OptionStrategy strategy, MarketSnapshot market, SkewModel skew,
                                        double[] spots, int horizonDays, double vixShift) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0, was " + horizonDays);
        }
        double entry = StrategyValuation.value(strategy, market, skew);
        ExpiryProfile expiry = new ExpiryProfile(strategy, entry);
        double[] atExpiry = new double[spots.length];
        for (int i = 0; i < spots.length; i++) {
            atExpiry[i] = expiry.pnl(spots[i]);
        }
        double[] atHorizon = horizonPnl(strategy, market, skew, spots, horizonDays, vixShift, entry);
        return new PayoffProfile(spots, atExpiry, atHorizon, horizonDays, expiry.breakEvens(), market.spot());
    }

    /**
     * Payoff profile on {@code +-fraction} around spot; see
     * {@link #profile(OptionStrategy, MarketSnapshot, SkewModel, double[], int, double)}.
     */
    public static PayoffProfile profile(OptionStrategy strategy, MarketSnapshot market, SkewModel skew,
                                        double fraction, int points, int horizonDays, double vixShift) {
        return profile(strategy, market, skew, spotGrid(market.spot(), fraction, points), horizonDays, vixShift);
    }

    /**
     * P&amp;L {@code horizonDays} ahead along a path of (SPX, VIX) points: at each spot its own VIX, the
     * smile anchored on the snapshot's spot and lifted to that VIX (sticky strike, as
     * {@link #profile(OptionStrategy, MarketSnapshot, SkewModel, double[], int, double)} with a VIX shift
     * of {@code vix[i] - market.vix()}). For a what-if in which VIX moves with SPX.
     *
     * @param strategy the position (SPX legs)
     * @param market the entry snapshot (the P&amp;L is against its value)
     * @param skew the skew model
     * @param spots SPX prices (index points)
     * @param vix spot VIX at each price (index points, &gt; 0), same length
     * @param horizonDays calendar days ahead (&gt;= 0)
     * @return USD P&amp;L per point
     */
    public static double[] pnlAlong(OptionStrategy strategy, MarketSnapshot market, SkewModel skew, double[] spots,
                                    double[] vix, int horizonDays) {
        if (spots.length != vix.length) {
            throw new IllegalArgumentException("spots and vix must have the same length, had " + spots.length + " and "
                    + vix.length);
        }
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0, was " + horizonDays);
        }
        double entry = StrategyValuation.value(strategy, market, skew);
        double[] out = new double[spots.length];
        for (int i = 0; i < spots.length; i++) {
            if (!(vix[i] > 0.0) || Double.isInfinite(vix[i])) {
                throw new IllegalArgumentException("vix must be finite and > 0, was " + vix[i] + " at " + i);
            }
            out[i] = horizonPnl(strategy, market, skew, new double[] {spots[i]}, horizonDays, vix[i] - market.vix(),
                    entry)[0];
        }
        return out;
    }

    /**
     * P&amp;L by date and price.
     *
     * @param strategy the position
     * @param market the snapshot
     * @param skew the skew model
     * @param spots SPX prices (columns; index points)
     * @param days calendar days ahead (rows; &gt;= 0)
     * @param vixShift what-if VIX move (VIX points)
     * @return the table (USD against the entry value)
     */
    public static PnlTable pnlTable(OptionStrategy strategy, MarketSnapshot market, SkewModel skew,
                                    double[] spots, int[] days, double vixShift) {
        double entry = StrategyValuation.value(strategy, market, skew);
        double[][] rows = new double[days.length][];
        for (int d = 0; d < days.length; d++) {
            if (days[d] < 0) {
                throw new IllegalArgumentException("days must be >= 0, was " + days[d] + " at row " + d);
            }
            rows[d] = horizonPnl(strategy, market, skew, spots, days[d], vixShift, entry);
        }
        return new PnlTable(days, spots, rows);
    }

    /**
     * Rows every {@code stepDays} from 0 up to and including the last expiry (rounded up to a
     * whole day).
     *
     * @param strategy the position
     * @param stepDays spacing (&gt; 0)
     * @return ascending days
     */
    public static int[] daysToExpiry(OptionStrategy strategy, int stepDays) {
        if (stepDays <= 0) {
            throw new IllegalArgumentException("stepDays must be > 0, was " + stepDays);
        }
        int last = (int) Math.ceil(Act365.days(strategy.lastExpiry()) - 1e-9);
        int n = last / stepDays + 1;
        boolean addLast = last % stepDays != 0;
        int[] out = new int[n + (addLast ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            out[i] = i * stepDays;
        }
        if (addLast) {
            out[n] = last;
        }
        return out;
    }

    private static double[] horizonPnl(OptionStrategy strategy, MarketSnapshot market, SkewModel skew,
                                       double[] spots, int horizonDays, double vixShift, double entry) {
        List<OptionLeg> legs = strategy.legs();
        int n = legs.size();
        OptionType[] types = new OptionType[n];
        double[] strikes = new double[n];
        double[] taus = new double[n];
        double[] vols = new double[n];
        double[] scales = new double[n];
        double elapsed = Act365.years(horizonDays);
        VolSurface surface = skew.surface(market.withVixShift(vixShift));
        for (int j = 0; j < n; j++) {
            OptionLeg leg = legs.get(j);
            StrategyValuation.requireSpx(leg);
            types[j] = leg.type();
            strikes[j] = leg.strike();
            // Exactly zero when the horizon is the expiry, so the curve lands on the payoff.
            double tau = leg.expiry() - elapsed;
            taus[j] = tau > 1e-12 ? tau : 0.0;
            vols[j] = taus[j] > 0.0 ? surface.vol(leg.strike(), taus[j]) : 1.0;
            scales[j] = leg.scale();
        }
        double r = market.rate();
        double q = market.dividendYield();
        double[] out = new double[spots.length];
        for (int i = 0; i < spots.length; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += scales[j] * BlackScholes.price(types[j], spots[i], strikes[j], taus[j], r, q, vols[j]);
            }
            out[i] = sum - entry;
        }
        return out;
    }
}
