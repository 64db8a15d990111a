package com.alvh.workbench.ui.playback;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.TriggerInputs;
import com.alvh.workbench.market.VixTermStructure;

/**
 * The values a trigger reads, on one day of a replayed path, for the playback's callouts (why a
 * layer entered). The engine decided the entry; these are the same closes it saw: VIX, VIX3M, SPX's
 * and the account's drawdowns from their running peaks. VIX futures are read off the scenario's
 * curve from spot VIX, indicators and event calendars are not recomputed (NaN / none): a callout
 * whose reason rests on them names the trigger instead of its values.
 */
final class ReplayInputs implements TriggerInputs {

    private final double[] spx;
    private final double[] vix;
    private final double[] vix3m;
    private final double[] equity;
    private final double capital;
    private final VixTermStructure curve;
    /** The day read (index). */
    int day;

    ReplayInputs(double[] spx, double[] vix, double[] vix3m, double[] equity, double capital, VixTermStructure curve) {
        this.spx = spx;
        this.vix = vix;
        this.vix3m = vix3m;
        this.equity = equity;
        this.capital = capital;
        this.curve = curve;
    }

    @Override
    public double vix(int i) {
        return vix[day];
    }

    @Override
    public double vix3m(int i) {
        return day < vix3m.length ? vix3m[day] : Double.NaN;
    }

    @Override
    public double vixFuture(int i, int tenorDays) {
        return curve.futureLevel(vix[day], tenorDays / 365.0);
    }

    @Override
    public double portfolioDrawdown(int i) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int t = 0; t <= day; t++) {
            peak = Math.max(peak, equity[t]);
        }
        return Math.max(0.0, (peak - equity[day]) / capital);
    }

    @Override
    public double spxDrawdown(int i) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int t = 0; t <= day; t++) {
            peak = Math.max(peak, spx[t]);
        }
        return Math.max(0.0, 1.0 - spx[day] / peak);
    }

    @Override
    public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
        return Double.NaN;
    }

    @Override
    public int tradingDaysToEvent(EventKind kind) {
        return Integer.MAX_VALUE;
    }
}
