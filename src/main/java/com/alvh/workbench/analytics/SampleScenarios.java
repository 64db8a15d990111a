package com.alvh.workbench.analytics;

import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.IronCondor;

/**
 * The base case the workbench opens on: a Cboe-CNDR-style 20/5-delta SPX iron condor, 45 days
 * to expiry, 10 contracts, SPX 5,000, VIX 16, r = 4%, q = 1.3%, under the default skew model.
 */
public final class SampleScenarios {

    /** SPX spot (index points). */
    public static final double SPOT = 5000.0;
    /** Spot VIX (index points). */
    public static final double VIX = 16.0;
    /** Risk-free rate, continuously compounded. */
    public static final double RATE = 0.04;
    /** SPX dividend yield, continuously compounded. */
    public static final double DIVIDEND_YIELD = 0.013;
    /** Calendar days to the condor's expiry. */
    public static final int DAYS_TO_EXPIRY = 45;
    /** Number of condors. */
    public static final double CONTRACTS = 10.0;
    /** Half-width of the chart grid as a fraction of spot (+-15%). */
    public static final double GRID_FRACTION = 0.15;
    /** Points on the chart grid (odd, so spot is on it). */
    public static final int GRID_POINTS = 401;
    /** Horizon of the marked curve (calendar days). */
    public static final int HORIZON_DAYS = 14;

    private SampleScenarios() {
    }

    /** The base snapshot (default VIX-option vol and VIX curve). */
    public static MarketSnapshot baseMarket() {
        return MarketSnapshot.of(SPOT, VIX, RATE, DIVIDEND_YIELD);
    }

    /** The default skew model. */
    public static SkewModel baseSkew() {
        return SkewModel.DEFAULT;
    }

    /** The base condor: CNDR 20/5-delta, 45 days, 10 contracts, under the base market and skew. */
    public static IronCondor baseCondor() {
        return IronCondor.cndr(baseMarket(), baseSkew(), Act365.years(DAYS_TO_EXPIRY), CONTRACTS);
    }

    /** The base condor's payoff: +-15% grid, expiry and 14-day curves, no VIX shift. */
    public static PayoffProfile baseProfile() {
        return baseProfile(HORIZON_DAYS, 0.0);
    }

    /**
     * The base condor's payoff for the workbench sliders.
     *
     * @param horizonDays days ahead for the marked curve (&gt;= 0)
     * @param vixShift what-if VIX move at the horizon (VIX points)
     * @return the profile on the +-15% grid
     */
    public static PayoffProfile baseProfile(int horizonDays, double vixShift) {
        return PayoffAnalytics.profile(baseCondor(), baseMarket(), baseSkew(), GRID_FRACTION, GRID_POINTS,
                horizonDays, vixShift);
    }

    /** The base condor's headline numbers. */
    public static PositionSummary baseSummary() {
        return PositionAnalytics.summarize(baseCondor(), baseMarket(), baseSkew());
    }
}
