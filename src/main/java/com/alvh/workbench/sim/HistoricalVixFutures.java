package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.market.VixTermStructure;

import java.util.Locale;

/**
 * The real VIX futures curve of a day of history (Cboe VX settlements of M1..M8,
 * {@link MarketHistory#vixFutureSettle}), as a {@link VixFutureCurve} read at the path's day.
 *
 * <p><b>Nodes.</b> On day {@code d}: spot VIX at 0 trading days (a future at its expiry is worth the
 * VIX) and each listed contract {@code k} at {@code n_k} trading days, the trading days from {@code d}
 * to its expiry. Time to expiry {@code tau} in years is read as {@code tau x 252} trading days, the
 * campaign's own clock (a step is a trading day), so at {@code tau = n_k / 252} the curve returns the
 * day's settle of contract {@code k} exactly.
 *
 * <p><b>Interpolation: in expiry by total variance.</b> A VIX future expiring at {@code T} settles on
 * the VIX at {@code T}, the 30-day implied volatility from {@code T} to {@code T + 30} days, so
 * {@code F(T)^2 x 30/365} is the SPX variance the market expects over that fixed-length window: the
 * total variance the future stands for. Between two nodes that total variance is linear in expiry,
 * i.e. {@code F(n)^2 = F_a^2 + (n - n_a)/(n_b - n_a) (F_b^2 - F_a^2)}; beyond M8 the curve stays at
 * M8. This is not {@code sigma^2 T} interpolation to expiry: {@code F_k} is a forward volatility, not
 * an average from today to {@code T_k}. Measured on the shipped file (every day 2007-04..2026-07,
 * calendar-day weights), predicting M2 from M1 and M3 this rule misses by 0.65 VIX points RMS, linear
 * in price by 0.63 and {@code sigma^2 T} by 0.85; predicting M1 from spot VIX and M2: 0.91 and 0.86.
 *
 * <p><b>Paths that are not the day itself.</b> The curve is scaled by the path's VIX over the day's
 * VIX: a replay path is the day ({@code x 1}: the settles exactly); a bootstrap path carries the shape
 * of the day it sampled; a one-point bump of spot VIX (vega-ratio sizing) moves the whole curve in
 * proportion, {@code dF/dVIX = F/VIX}.
 *
 * <p><b>Listed expiries and settlement.</b> A position asking for a tenor of {@code n} trading days
 * trades the listed contract whose expiry is nearest ({@link #listedTenor}; on a tie the later one;
 * never one already inside the position's exit window), so
 * a VIX option or future bought on a replay is a real contract marked at its real settle every day; the
 * listed expiries are at most {@value #MAX_EXTENSION} trading days apart, so the one traded is within
 * that of the request. At expiry it settles on the special opening quotation of the expiry morning,
 * for which the day's VIX open stands in ({@link #settlement}): in a spike the open and the close
 * differ by points (2020-03-18: open 69.37, close 76.45).
 *
 * <p>Days without futures (before 2007-04-02) give NaN: combine with a stand-in ({@link #orElse}).
 * Immutable and thread-safe.
 */
public final class HistoricalVixFutures implements VixFutureCurve {

    private static final int NODES = MarketHistory.VIX_FUTURES_LISTED + 1;
    /** Most trading days between two consecutive monthly VX expiries (35 calendar days) rounded up. */
    static final int MAX_EXTENSION = 25;

    private final int anchorDay;
    private final double[] dayVix;
    private final double[] dayOpen;
    /** Per day, {@value #NODES} node positions in trading days (0 = spot VIX). */
    private final double[] nodeDays;
    /** Per day, the squared futures at the nodes (spot VIX squared first); NaN on days without futures. */
    private final double[] nodeVariance;

    /**
     * @param history the days the paths' cursors index
     * @param anchorDay the day read for a negative cursor (a bootstrap path before its first draw)
     */
    public HistoricalVixFutures(MarketHistory history, int anchorDay) {
        int n = history.size();
        if (anchorDay < 0 || anchorDay >= n) {
            throw new IllegalArgumentException("anchorDay must be in 0.." + (n - 1) + ", was " + anchorDay);
        }
        this.anchorDay = anchorDay;
        this.dayVix = new double[n];
        this.dayOpen = new double[n];
        this.nodeDays = new double[n * NODES];
        this.nodeVariance = new double[n * NODES];
        for (int d = 0; d < n; d++) {
            double vix = history.vixClose(d);
            dayVix[d] = vix;
            dayOpen[d] = history.vixOpen(d);
            int base = d * NODES;
            boolean has = history.hasVixFutures(d);
            nodeDays[base] = 0.0;
            nodeVariance[base] = has ? vix * vix : Double.NaN;
            for (int k = 0; k < MarketHistory.VIX_FUTURES_LISTED; k++) {
                double f = history.vixFutureSettle(d, k);
                nodeDays[base + 1 + k] = has ? history.vixFutureTradingDays(d, k) : Double.NaN;
                nodeVariance[base + 1 + k] = f * f;
            }
        }
    }

    /** Without the path's day there is no real curve: NaN. */
    @Override
    public double future(double spotVix, double variance, double tau) {
        return Double.NaN;
    }

    @Override
    public double future(int cursor, double spotVix, double variance, double tau) {
        return onDay(cursor < 0 ? anchorDay : cursor, spotVix, tau * SimulationSettings.TRADING_DAYS_PER_YEAR);
    }

    /** The day's VIX open, scaled to the path's VIX; NaN on days without futures (no VX contract to settle). */
    @Override
    public double settlement(int cursor, double spotVix) {
        int d = cursor < 0 ? anchorDay : cursor;
        return Double.isNaN(nodeVariance[d * NODES]) ? Double.NaN : dayOpen[d] * (spotVix / dayVix[d]);
    }

    /**
     * The listed expiry nearest {@code steps} trading days among those at least {@code minSteps} away
     * (ties: the later); 0 on a day without futures.
     */
    @Override
    public int listedTenor(int cursor, int steps, int minSteps) {
        int base = (cursor < 0 ? anchorDay : cursor) * NODES;
        if (Double.isNaN(nodeVariance[base])) {
            return 0;
        }
        int limit = Math.max(steps, minSteps) + MAX_EXTENSION;
        int best = 0;
        for (int k = 1; k < NODES; k++) {
            int n = (int) nodeDays[base + k];
            if (n > limit) {
                break;
            }
            if (n >= minSteps && (best == 0 || Math.abs(n - steps) <= Math.abs(best - steps))) {
                best = n;
            }
        }
        // Past M8 (a request beyond the listed months) the longest listed contract.
        return best > 0 ? best : (int) nodeDays[base + NODES - 1];
    }

    @Override
    public int maxListedExtension() {
        return MAX_EXTENSION;
    }

    @Override
    public AtTenor atTenor(double tau) {
        double days = tau * SimulationSettings.TRADING_DAYS_PER_YEAR;
        return new AtTenor() {
            @Override
            public double future(double spotVix, double variance) {
                return Double.NaN;
            }

            @Override
            public double future(int cursor, double spotVix, double variance) {
                return onDay(cursor < 0 ? anchorDay : cursor, spotVix, days);
            }
        };
    }

    /**
     * The curve of day {@code d} at {@code days} trading days, scaled to the path's VIX.
     *
     * @param d the day
     * @param spotVix the path's VIX (index points)
     * @param days trading days to expiry
     * @return the future in index points, NaN on a day without futures
     */
    double onDay(int d, double spotVix, double days) {
        int base = d * NODES;
        if (Double.isNaN(nodeVariance[base])) {
            return Double.NaN;
        }
        double scale = spotVix / dayVix[d];
        if (!(days > 0.0)) {
            return spotVix;
        }
        int last = base + NODES - 1;
        if (days >= nodeDays[last]) {
            return Math.sqrt(nodeVariance[last]) * scale;
        }
        int j = base + 1;
        while (nodeDays[j] < days) {
            j++;
        }
        double w = (days - nodeDays[j - 1]) / (nodeDays[j] - nodeDays[j - 1]);
        return Math.sqrt(nodeVariance[j - 1] + w * (nodeVariance[j] - nodeVariance[j - 1])) * scale;
    }

    /**
     * One line for a run's model description: where the futures come from on a window of history and
     * what stands in where they do not exist.
     *
     * @param window the replayed or sampled days
     * @param standIn the modelled curve used on days without futures
     * @param sampled whether the days are sampled (bootstrap) rather than replayed
     * @return the text
     */
    public static String describe(MarketHistory window, VixTermStructure standIn, boolean sampled) {
        int without = 0;
        int firstWith = -1;
        for (int d = 0; d < window.size(); d++) {
            if (window.hasVixFutures(d)) {
                if (firstWith < 0) {
                    firstWith = d;
                }
            } else {
                without++;
            }
        }
        String curve = String.format(Locale.ROOT, "the modelled curve L + (VIX - L) e^(-k tau) (L %.1f, k %.2f)",
                standIn.longRunLevel(), standIn.meanReversion());
        String real = sampled ? "the real curve of the sampled day (Cboe VX settles M1..M8, scaled to the path's VIX)"
                : "real Cboe VX settles M1..M8";
        if (without == 0) {
            return "VIX futures: " + real + " on every day";
        }
        if (firstWith < 0) {
            return "VIX futures: none listed before 2007-04-02, so " + curve + " stands in on every day";
        }
        if (sampled) {
            return String.format(Locale.ROOT, "VIX futures: %s where it has one; none listed before 2007-04-02, so %s "
                    + "stands in on %d of the %d days sampled from", real, curve, without, window.size());
        }
        return String.format(Locale.ROOT, "VIX futures: %s from %s; none listed before 2007-04-02, so %s stands in on "
                + "the first %d replayed day%s", real, window.date(firstWith), curve, without, without == 1 ? "" : "s");
    }
}
