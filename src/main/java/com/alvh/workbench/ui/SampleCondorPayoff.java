package com.alvh.workbench.ui;

import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sample SPX iron condor priced with Black-Scholes-Merton, and its payoff profile: what the
 * workbench opens on.
 *
 * <p>TEMPORARY: self-contained until the product and analytics packages can build a condor and
 * its {@link PayoffProfile}; then this class goes and the window is handed theirs instead.
 *
 * <p>The position: spot 5,000; long 4,500 put, short 4,700 put, short 5,250 call, long 5,450
 * call; 10 contracts each, multiplier 100; 45 calendar days to expiry; r = 4 %, q = 1.3 %.
 * Volatility is 16 % at the money with a simple put skew, sticky by strike:
 * {@code vol(K) = 0.16 - 0.30 ln(K / 5000)} (about 19.2 % at 4,500 and 13.4 % at 5,450).
 *
 * <p>P&amp;L (USD) is measured against the entry premium: at expiry each leg is worth its intrinsic
 * value; at the horizon, 14 days on, each leg is re-priced by BSM with 31 days left, at the same
 * strike volatility and rates.
 */
public final class SampleCondorPayoff {

    /** Spot at entry (index points). */
    public static final double SPOT = 5_000.0;
    /** Calendar days to expiry at entry. */
    public static final int DAYS_TO_EXPIRY = 45;
    /** Calendar days forward for the horizon curve. */
    public static final int HORIZON_DAYS = 14;
    /** Contracts per leg. */
    public static final int CONTRACTS = 10;
    /** USD per index point per contract. */
    public static final double MULTIPLIER = 100.0;
    /** Risk-free rate, continuously compounded. */
    public static final double RATE = 0.04;
    /** Dividend yield, continuously compounded. */
    public static final double DIVIDEND_YIELD = 0.013;
    /** At-the-money volatility. */
    public static final double ATM_VOL = 0.16;
    /** Vol change per unit of log-moneyness (negative slope: puts richer). */
    public static final double SKEW = 0.30;
    /** Price grid: 16 % either side of spot in steps of 5 points. */
    public static final double GRID_LOW = 4_200.0;
    public static final double GRID_HIGH = 5_800.0;
    public static final double GRID_STEP = 5.0;

    private static final double DAYS_PER_YEAR = 365.0;
    private static final double BREAK_EVEN_TOL = 1e-9;

    private static final double[] STRIKES = {4_500.0, 4_700.0, 5_250.0, 5_450.0};
    private static final OptionType[] TYPES = {OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL};
    private static final int[] SIGNS = {+1, -1, -1, +1};

    private SampleCondorPayoff() {
    }

    /** Strike volatility of the sample skew (decimal). */
    public static double vol(double strike) {
        return ATM_VOL - SKEW * Math.log(strike / SPOT);
    }

    /** The legs with their BSM entry prices. */
    public static List<PositionSummary.Leg> legs() {
        double t = DAYS_TO_EXPIRY / DAYS_PER_YEAR;
        List<PositionSummary.Leg> legs = new ArrayList<>();
        for (int i = 0; i < STRIKES.length; i++) {
            double vol = vol(STRIKES[i]);
            double price = BlackScholes.price(TYPES[i], SPOT, STRIKES[i], t, RATE, DIVIDEND_YIELD, vol);
            legs.add(new PositionSummary.Leg(SIGNS[i] * CONTRACTS, TYPES[i], STRIKES[i], price, vol));
        }
        return legs;
    }

    /** Net premium received at entry (USD; positive: a credit). */
    public static double netCredit() {
        return netCredit(legs());
    }

    private static double netCredit(List<PositionSummary.Leg> legs) {
        double credit = 0.0;
        for (PositionSummary.Leg leg : legs) {
            credit -= leg.quantity() * leg.entryPrice() * MULTIPLIER;
        }
        return credit;
    }

    /** P&amp;L at expiry with the underlying at {@code underlying} (USD). */
    public static double pnlAtExpiry(double underlying) {
        return pnlAt(legs(), underlying, 0.0);
    }

    /**
     * P&amp;L of the legs with {@code timeLeft} years to expiry (0: at expiry) and the underlying at
     * {@code underlying}, against their entry prices (USD).
     */
    private static double pnlAt(List<PositionSummary.Leg> legs, double underlying, double timeLeft) {
        double pnl = 0.0;
        for (PositionSummary.Leg leg : legs) {
            double value = BlackScholes.price(leg.type(), underlying, leg.strike(), timeLeft,
                    RATE, DIVIDEND_YIELD, leg.vol());
            pnl += leg.quantity() * (value - leg.entryPrice()) * MULTIPLIER;
        }
        return pnl;
    }

    /** The payoff profile: expiry and T+14 P&amp;L on the grid, break-evens, spot. */
    public static PayoffProfile profile() {
        List<PositionSummary.Leg> legs = legs();
        int n = (int) Math.round((GRID_HIGH - GRID_LOW) / GRID_STEP) + 1;
        double[] spots = new double[n];
        double[] expiry = new double[n];
        double[] horizon = new double[n];
        double horizonTimeLeft = (DAYS_TO_EXPIRY - HORIZON_DAYS) / DAYS_PER_YEAR;
        for (int i = 0; i < n; i++) {
            spots[i] = GRID_LOW + i * GRID_STEP;
            expiry[i] = pnlAt(legs, spots[i], 0.0);
            horizon[i] = pnlAt(legs, spots[i], horizonTimeLeft);
        }
        return new PayoffProfile(spots, expiry, horizon, HORIZON_DAYS, breakEvens(legs, spots, expiry), SPOT);
    }

    /** The side panel's view of the position. */
    public static PositionSummary summary() {
        List<PositionSummary.Leg> legs = legs();
        PayoffProfile profile = profile();
        // Expiry P&L is piecewise linear with kinks at the strikes and flat beyond the wings, so
        // its extremes are at the strikes.
        double maxProfit = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        for (double strike : STRIKES) {
            double pnl = pnlAt(legs, strike, 0.0);
            maxProfit = Math.max(maxProfit, pnl);
            worst = Math.min(worst, pnl);
        }
        String description = String.format(Locale.US,
                "Sample position \u00b7 %d contracts \u00b7 %d days to expiry", CONTRACTS, DAYS_TO_EXPIRY);
        String note = String.format(Locale.US,
                "Black-Scholes-Merton, %.0f\u00a0%% ATM vol with put skew, r\u00a0%.1f\u00a0%%, q\u00a0%.1f\u00a0%%. "
                        + "Dashed curve: marked to model %d days on, same strike vols.",
                ATM_VOL * 100, RATE * 100, DIVIDEND_YIELD * 100, HORIZON_DAYS);
        return new PositionSummary("SPX iron condor", description, legs, netCredit(legs),
                maxProfit, -worst, profile.breakEvens(), SPOT, DAYS_TO_EXPIRY, note);
    }

    /**
     * Roots of the expiry P&amp;L: each sign change between grid neighbours is bracketed and
     * bisected on the exact payoff (not the grid), to {@value #BREAK_EVEN_TOL} points.
     */
    private static double[] breakEvens(List<PositionSummary.Leg> legs, double[] spots, double[] pnl) {
        List<Double> roots = new ArrayList<>();
        for (int i = 0; i + 1 < spots.length; i++) {
            if (pnl[i] == 0.0) {
                roots.add(spots[i]);
            } else if (pnl[i] * pnl[i + 1] < 0.0) {
                double lo = spots[i];
                double hi = spots[i + 1];
                double fLo = pnl[i];
                while (hi - lo > BREAK_EVEN_TOL) {
                    double mid = 0.5 * (lo + hi);
                    double fMid = pnlAt(legs, mid, 0.0);
                    if (fMid == 0.0) {
                        lo = mid;
                        hi = mid;
                    } else if ((fMid < 0.0) == (fLo < 0.0)) {
                        lo = mid;
                        fLo = fMid;
                    } else {
                        hi = mid;
                    }
                }
                roots.add(0.5 * (lo + hi));
            }
        }
        if (pnl[spots.length - 1] == 0.0) {
            roots.add(spots[spots.length - 1]);
        }
        return roots.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
