package com.alvh.workbench.sim;

import com.alvh.workbench.market.VixTermStructure;

/** The campaign's term-structure curve from spot VIX, for models without VIX futures of their own. */
final class VixFutureTermCurve implements VixFutureCurve {
    private final VixTermStructure curve;

    VixFutureTermCurve(VixTermStructure curve) {
        this.curve = curve;
    }

    @Override
    public double future(double spotVix, double variance, double tau) {
        return curve.futureLevel(spotVix, tau);
    }

    @Override
    public AtTenor atTenor(double tau) {
        // F = L + (VIX - L) e^{-k tau}: the exponential once per tenor.
        double level = curve.longRunLevel();
        double weight = curve.futureLevel(level + 1.0, tau) - level;
        return (spotVix, variance) -> level + (spotVix - level) * weight;
    }
}
