package com.alvh.workbench.sim;

/**
 * A VIX futures curve as a function of a path's state: what a campaign marks VIX options and VIX
 * futures off, at every step of every path. Implementations must be cheap (they are called per
 * path per step) and thread-safe.
 *
 * <p>A curve read off a model's state needs only spot VIX and the variance; a curve of real history
 * also needs the path's day, the {@link PathState#cursor} the history models keep
 * ({@link #future(int, double, double, double)}). A curve that has no value for a state returns NaN,
 * and {@link #orElse} puts a stand-in there.
 */
@FunctionalInterface
public interface VixFutureCurve {

    /**
     * @param spotVix the path's spot VIX (index points)
     * @param variance the path's instantaneous variance (per year)
     * @param tau time to the future's expiry in years ({@code <= 0}: spot VIX)
     * @return the futures price in index points (NaN if this curve has none for that state)
     */
    double future(double spotVix, double variance, double tau);

    /**
     * The future with the path's cursor ({@link PathState#cursor}): curves of real history read the
     * day's curve there; others ignore it (the default).
     *
     * @param cursor the path's cursor
     * @param spotVix the path's spot VIX (index points)
     * @param variance the path's instantaneous variance (per year)
     * @param tau time to the future's expiry in years
     * @return the futures price in index points, NaN if this curve has none there
     */
    default double future(int cursor, double spotVix, double variance, double tau) {
        return future(spotVix, variance, tau);
    }

    /**
     * The value VIX futures and options settle on at expiry: spot VIX on model paths (the default);
     * on history the day's special opening quotation, for which the VIX open stands in.
     *
     * @param cursor the path's cursor
     * @param spotVix the path's spot VIX (index points)
     * @return the settlement value in index points, NaN if this curve has none there
     */
    default double settlement(int cursor, double spotVix) {
        return spotVix;
    }

    /**
     * The steps to expiry of the listed contract a position asking for {@code steps} trades on the
     * path's day: a curve of listed contracts (history) gives the listed expiry nearest the request
     * among those at least {@code minSteps} away (a position that would exit at once must not buy a
     * contract already inside its exit window), at most {@link #maxListedExtension()} steps after
     * {@code max(steps, minSteps)}; a model curve has contracts at every tenor and gives {@code steps}
     * (the default).
     *
     * @param cursor the path's cursor
     * @param steps the tenor asked for, in trading days (&gt;= 1)
     * @param minSteps the shortest tenor acceptable, in trading days (&lt;= steps)
     * @return the tenor traded, in trading days (&gt;= 1); 0 if this curve has no contracts that day
     */
    default int listedTenor(int cursor, int steps, int minSteps) {
        return steps;
    }

    /** How many steps {@link #listedTenor} may add to a request (0 for a curve without listed contracts). */
    default int maxListedExtension() {
        return 0;
    }

    /**
     * This curve at one fixed time to expiry, for repeated reads (a simulation's own tenors);
     * implementations may precompute what depends on {@code tau} only. Same values as
     * {@link #future(int, double, double, double)}.
     *
     * @param tau years to the future's expiry
     * @return the curve at that tenor
     */
    default AtTenor atTenor(double tau) {
        VixFutureCurve self = this;
        return new AtTenor() {
            @Override
            public double future(double spotVix, double variance) {
                return self.future(spotVix, variance, tau);
            }

            @Override
            public double future(int cursor, double spotVix, double variance) {
                return self.future(cursor, spotVix, variance, tau);
            }
        };
    }

    /**
     * This curve where it has a value, {@code standIn} where it returns NaN (e.g. real futures from
     * 2007-04-02 and a modelled curve before).
     *
     * @param standIn the curve used where this one has none
     * @return the combined curve
     */
    default VixFutureCurve orElse(VixFutureCurve standIn) {
        VixFutureCurve self = this;
        return new VixFutureCurve() {
            @Override
            public double future(double spotVix, double variance, double tau) {
                double f = self.future(spotVix, variance, tau);
                return Double.isNaN(f) ? standIn.future(spotVix, variance, tau) : f;
            }

            @Override
            public double future(int cursor, double spotVix, double variance, double tau) {
                double f = self.future(cursor, spotVix, variance, tau);
                return Double.isNaN(f) ? standIn.future(cursor, spotVix, variance, tau) : f;
            }

            @Override
            public double settlement(int cursor, double spotVix) {
                double f = self.settlement(cursor, spotVix);
                return Double.isNaN(f) ? standIn.settlement(cursor, spotVix) : f;
            }

            @Override
            public int listedTenor(int cursor, int steps, int minSteps) {
                int t = self.listedTenor(cursor, steps, minSteps);
                return t > 0 ? t : standIn.listedTenor(cursor, steps, minSteps);
            }

            @Override
            public int maxListedExtension() {
                return Math.max(self.maxListedExtension(), standIn.maxListedExtension());
            }

            @Override
            public AtTenor atTenor(double tau) {
                AtTenor first = self.atTenor(tau);
                AtTenor second = standIn.atTenor(tau);
                return new AtTenor() {
                    @Override
                    public double future(double spotVix, double variance) {
                        double f = first.future(spotVix, variance);
                        return Double.isNaN(f) ? second.future(spotVix, variance) : f;
                    }

                    @Override
                    public double future(int cursor, double spotVix, double variance) {
                        double f = first.future(cursor, spotVix, variance);
                        return Double.isNaN(f) ? second.future(cursor, spotVix, variance) : f;
                    }
                };
            }
        };
    }

    /** A futures curve at one tenor, as a function of a path's state. */
    @FunctionalInterface
    interface AtTenor {
        /**
         * @param spotVix the path's spot VIX (index points)
         * @param variance the path's instantaneous variance (per year)
         * @return the futures price in index points
         */
        double future(double spotVix, double variance);

        /**
         * With the path's cursor (see {@link VixFutureCurve#future(int, double, double, double)}).
         *
         * @param cursor the path's cursor
         * @param spotVix the path's spot VIX (index points)
         * @param variance the path's instantaneous variance (per year)
         * @return the futures price in index points
         */
        default double future(int cursor, double spotVix, double variance) {
            return future(spotVix, variance);
        }
    }
}
