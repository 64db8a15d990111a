package com.alvh.workbench.analytics;

import java.util.Arrays;
import java.util.Objects;

/**
 * A position's P&amp;L across a grid of underlying prices, at expiry and at a horizon of
 * {@code horizonDays} calendar days forward: the data behind a payoff chart.
 *
 * <p>All P&amp;L is in USD for the whole position (quantities and contract multipliers applied),
 * measured against the entry cost; prices are in index points.
 *
 * @param spots the underlying grid, ascending (index points)
 * @param pnlAtExpiry P&amp;L at expiry for each grid point (USD)
 * @param pnlAtHorizon P&amp;L marked to model {@code horizonDays} forward for each grid point (USD)
 * @param horizonDays calendar days forward for {@code pnlAtHorizon} (&gt;= 0)
 * @param breakEvens underlying prices where the expiry P&amp;L crosses zero, ascending (index points)
 * @param spot the current underlying price (index points)
 */
public record PayoffProfile(double[] spots, double[] pnlAtExpiry, double[] pnlAtHorizon,
                            int horizonDays, double[] breakEvens, double spot) {

    public PayoffProfile {
        Objects.requireNonNull(spots, "spots");
        Objects.requireNonNull(pnlAtExpiry, "pnlAtExpiry");
        Objects.requireNonNull(pnlAtHorizon, "pnlAtHorizon");
        Objects.requireNonNull(breakEvens, "breakEvens");
        if (spots.length < 2) {
            throw new IllegalArgumentException("spots must hold at least 2 points, was " + spots.length);
        }
        if (pnlAtExpiry.length != spots.length || pnlAtHorizon.length != spots.length) {
            throw new IllegalArgumentException("pnlAtExpiry and pnlAtHorizon must match spots length "
                    + spots.length + ", were " + pnlAtExpiry.length + " and " + pnlAtHorizon.length);
        }
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be >= 0, was " + horizonDays);
        }
        if (!(spot > 0.0)) {
            throw new IllegalArgumentException("spot must be > 0, was " + spot);
        }
        spots = spots.clone();
        pnlAtExpiry = pnlAtExpiry.clone();
        pnlAtHorizon = pnlAtHorizon.clone();
        breakEvens = breakEvens.clone();
    }

    /** The underlying grid (a copy; index points). */
    @Override
    public double[] spots() {
        return spots.clone();
    }

    /** P&amp;L at expiry (a copy; USD). */
    @Override
    public double[] pnlAtExpiry() {
        return pnlAtExpiry.clone();
    }

    /** P&amp;L at the horizon (a copy; USD). */
    @Override
    public double[] pnlAtHorizon() {
        return pnlAtHorizon.clone();
    }

    /** Break-even prices (a copy; index points). */
    @Override
    public double[] breakEvens() {
        return breakEvens.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PayoffProfile p && horizonDays == p.horizonDays
                && Double.compare(spot, p.spot) == 0
                && Arrays.equals(spots, p.spots) && Arrays.equals(pnlAtExpiry, p.pnlAtExpiry)
                && Arrays.equals(pnlAtHorizon, p.pnlAtHorizon) && Arrays.equals(breakEvens, p.breakEvens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(horizonDays, spot, Arrays.hashCode(spots), Arrays.hashCode(pnlAtExpiry),
                Arrays.hashCode(pnlAtHorizon), Arrays.hashCode(breakEvens));
    }

    @Override
    public String toString() {
        return "PayoffProfile[points=" + spots.length + ", horizonDays=" + horizonDays
                + ", breakEvens=" + Arrays.toString(breakEvens) + ", spot=" + spot + "]";
    }
}
