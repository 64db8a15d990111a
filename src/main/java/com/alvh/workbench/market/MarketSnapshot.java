package com.alvh.workbench.market;

import java.util.Objects;

/**
 * The market at one instant, as the pricers and analytics need it: SPX spot, spot VIX, the
 * rate and dividend yield, the VIX-option volatility and the VIX futures curve shape.
 *
 * <p>Time zero of every year fraction passed alongside a snapshot is the snapshot instant.
 * Immutable; stresses are made with the {@code withX} copies.
 *
 * @param spot SPX spot (index points, &gt; 0)
 * @param vix spot VIX (index points, &gt; 0)
 * @param rate risk-free rate r, continuously compounded per year (decimal)
 * @param dividendYield SPX dividend yield q, continuously compounded per year (decimal)
 * @param vixOptionVol Black-76 volatility for VIX options on the VIX future (decimal per
 *     sqrt(year), &gt; 0): one flat number across strikes and tenors; its default
 *     {@link #DEFAULT_VIX_OPTION_VOL} is the median VVIX close 2007-2026 (91.25) of the shared
 *     data set, VVIX being Cboe's 30-day implied vol of VIX options
 * @param vixTermStructure the VIX futures curve shape
 */
public record MarketSnapshot(double spot, double vix, double rate, double dividendYield,
                             double vixOptionVol, VixTermStructure vixTermStructure) {

    /** Default VIX-option vol: 0.90 (median VVIX 91.25, 2007-2026, rounded). */
    public static final double DEFAULT_VIX_OPTION_VOL = 0.90;

    /** The lowest VIX a shifted snapshot can reach (index points); well below the record low close 9.14. */
    public static final double VIX_FLOOR = 1.0;

    public MarketSnapshot {
        requirePositiveFinite("spot", spot);
        requirePositiveFinite("vix", vix);
        requireFinite("rate", rate);
        requireFinite("dividendYield", dividendYield);
        requirePositiveFinite("vixOptionVol", vixOptionVol);
        Objects.requireNonNull(vixTermStructure, "vixTermStructure");
    }

    /**
     * A snapshot with the default VIX-option vol and VIX curve.
     *
     * @param spot SPX spot (index points)
     * @param vix spot VIX (index points)
     * @param rate r, continuously compounded per year
     * @param dividendYield q, continuously compounded per year
     * @return the snapshot
     */
    public static MarketSnapshot of(double spot, double vix, double rate, double dividendYield) {
        return new MarketSnapshot(spot, vix, rate, dividendYield, DEFAULT_VIX_OPTION_VOL,
                VixTermStructure.DEFAULT);
    }

    /**
     * SPX forward for a tenor.
     *
     * @param timeToExpiry T in years (Act/365)
     * @return {@code S e^{(r-q)T}} in index points
     */
    public double forward(double timeToExpiry) {
        return spot * Math.exp((rate - dividendYield) * timeToExpiry);
    }

    /**
     * Level of the VIX future expiring {@code tau} years ahead, from {@link #vixTermStructure}.
     *
     * @param tau years (Act/365)
     * @return VIX index points
     */
    public double vixFuture(double tau) {
        return vixTermStructure.futureLevel(vix, tau);
    }

    /** A copy with another SPX spot (index points). */
    public MarketSnapshot withSpot(double newSpot) {
        return new MarketSnapshot(newSpot, vix, rate, dividendYield, vixOptionVol, vixTermStructure);
    }

    /** A copy with another spot VIX (index points). */
    public MarketSnapshot withVix(double newVix) {
        return new MarketSnapshot(spot, newVix, rate, dividendYield, vixOptionVol, vixTermStructure);
    }

    /**
     * A copy with spot VIX moved by {@code points}, floored at {@link #VIX_FLOOR} so a what-if
     * slider can never produce an invalid snapshot.
     *
     * @param points the shift in VIX index points (any sign)
     * @return the shifted snapshot
     */
    public MarketSnapshot withVixShift(double points) {
        requireFinite("points", points);
        return withVix(Math.max(vix + points, VIX_FLOOR));
    }

    /** A copy with another rate (continuously compounded, decimal). */
    public MarketSnapshot withRate(double newRate) {
        return new MarketSnapshot(spot, vix, newRate, dividendYield, vixOptionVol, vixTermStructure);
    }

    /** A copy with another dividend yield (continuously compounded, decimal). */
    public MarketSnapshot withDividendYield(double newYield) {
        return new MarketSnapshot(spot, vix, rate, newYield, vixOptionVol, vixTermStructure);
    }

    /** A copy with another VIX-option vol (decimal). */
    public MarketSnapshot withVixOptionVol(double newVol) {
        return new MarketSnapshot(spot, vix, rate, dividendYield, newVol, vixTermStructure);
    }

    /** A copy with another VIX futures curve. */
    public MarketSnapshot withVixTermStructure(VixTermStructure curve) {
        return new MarketSnapshot(spot, vix, rate, dividendYield, vixOptionVol, curve);
    }

    private static void requirePositiveFinite(String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, was " + value);
        }
    }
}
