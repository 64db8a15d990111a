package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.VixUnderHeston;

import java.util.Arrays;

/**
 * The Black-76 volatility VIX options are quoted at, by time to expiry: flat (one number from the
 * scenario: GBM paths, and the stand-in on days of history without VVIX) or read off the path model's
 * own VIX (Heston-family paths), so that a VIX call costs what the paths' VIX pays, plus the quotes'
 * volatility premium. Linear in expiry between nodes, flat outside them.
 *
 * <p>Vols that also depend on the path's day (history: VVIX of the day, {@link HistoricalVixOptionVols})
 * are a {@link ByDay}; {@link #everyDay()} is this term structure on every day.
 *
 * @param expiries node expiries in years, increasing (&gt; 0)
 * @param vols Black-76 vols at the nodes (decimal per sqrt(year), &gt; 0)
 */
public record VixOptionVols(double[] expiries, double[] vols) {

    /** Node expiries of a model-read curve, in calendar days: a week to half a year. */
    static final double[] MODEL_NODE_DAYS = {7, 14, 21, 30, 45, 60, 90, 120, 180};

    public VixOptionVols {
        if (expiries == null || vols == null || expiries.length == 0 || expiries.length != vols.length) {
            throw new IllegalArgumentException("VixOptionVols needs as many vols as expiries, at least one");
        }
        expiries = expiries.clone();
        vols = vols.clone();
        for (int i = 0; i < expiries.length; i++) {
            if (!(expiries[i] > 0.0) || (i > 0 && !(expiries[i] > expiries[i - 1]))) {
                throw new IllegalArgumentException("expiries must be positive and increasing, were "
                        + Arrays.toString(expiries));
            }
            if (!(vols[i] > 0.0) || !Double.isFinite(vols[i])) {
                throw new IllegalArgumentException("vols must be positive, were " + Arrays.toString(vols));
            }
        }
    }

    /** One vol for every expiry. */
    public static VixOptionVols flat(double vol) {
        return new VixOptionVols(new double[] {1.0}, new double[] {vol});
    }

    /**
     * The vols a Heston model's own VIX implies: at each node, the Black-76 vol of the exact at-the-money
     * VIX call ({@link VixUnderHeston#callPrice}, noncentral chi-square law of the variance) off the
     * model's VIX future, times {@code premiumFactor}. Black-76 vols are scale-free, so the same curve
     * holds when quotes scale the model's VIX by a premium.
     *
     * @param model the Heston model of the paths
     * @param premiumFactor quoted over the model's vol (1 = fair; 1 + the volatility premium on quotes)
     * @param rate r per year (discounting of the option)
     */
    public static VixOptionVols fromHeston(HestonModel model, double premiumFactor, double rate) {
        if (!(premiumFactor > 0.0) || !Double.isFinite(premiumFactor)) {
            throw new IllegalArgumentException("premiumFactor must be > 0, was " + premiumFactor);
        }
        double[] t = new double[MODEL_NODE_DAYS.length];
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = MODEL_NODE_DAYS[i] / 365.0;
            double future;
            double price;
            try {
                future = VixUnderHeston.futuresPrice(model, t[i]);
                price = VixUnderHeston.callPrice(model, future, t[i], rate);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("VIX options cannot be quoted off this model's VIX: " + e.getMessage(), e);
            }
            double iv = VixUnderHeston.impliedBlackVol(OptionType.CALL, price, future, future, t[i], rate);
            if (!(iv > 0.0)) {
                throw new IllegalArgumentException("the model's VIX call at " + MODEL_NODE_DAYS[i]
                        + " days has no Black-76 vol (price " + price + ", future " + future + ")");
            }
            v[i] = iv * premiumFactor;
        }
        return new VixOptionVols(t, v);
    }

    /**
     * @param expiry time to expiry in years (&gt;= 0)
     * @return the vol there
     */
    public double at(double expiry) {
        if (expiry <= expiries[0]) {
            return vols[0];
        }
        int last = expiries.length - 1;
        if (expiry >= expiries[last]) {
            return vols[last];
        }
        int i = 1;
        while (expiries[i] < expiry) {
            i++;
        }
        double w = (expiry - expiries[i - 1]) / (expiries[i] - expiries[i - 1]);
        return vols[i - 1] + w * (vols[i] - vols[i - 1]);
    }

    /** This term structure as vols that are the same on every day. */
    public ByDay everyDay() {
        VixOptionVols self = this;
        return new ByDay() {
            @Override
            public double at(int cursor, double expiry) {
                return self.at(expiry);
            }

            @Override
            public boolean dependsOnDay() {
                return false;
            }
        };
    }

    /**
     * VIX option vols that may depend on the path's day as well as on the time to expiry: the vols a
     * campaign reads for each path and step.
     */
    public interface ByDay {
        /**
         * @param cursor the path's cursor ({@link PathState#cursor}: a history model's day)
         * @param expiry time to expiry in years (&gt;= 0)
         * @return the Black-76 vol (decimal per sqrt(year)), NaN where these vols have no quote that day
         */
        double at(int cursor, double expiry);

        /** Whether {@link #at} reads the cursor (if not, a caller may tabulate the vols by expiry once). */
        boolean dependsOnDay();

        /**
         * These vols where they have a quote, {@code standIn}'s elsewhere.
         *
         * @param standIn vols by expiry for the days these have none
         * @return the combined vols
         */
        default ByDay orElse(VixOptionVols standIn) {
            ByDay self = this;
            return new ByDay() {
                @Override
                public double at(int cursor, double expiry) {
                    double v = self.at(cursor, expiry);
                    return Double.isNaN(v) ? standIn.at(expiry) : v;
                }

                @Override
                public boolean dependsOnDay() {
                    return self.dependsOnDay();
                }
            };
        }
    }

    /** Whether one vol serves every expiry. */
    public boolean isFlat() {
        return Arrays.stream(vols).distinct().count() == 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VixOptionVols v && Arrays.equals(expiries, v.expiries) && Arrays.equals(vols, v.vols);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(expiries) + Arrays.hashCode(vols);
    }

    @Override
    public String toString() {
        return "VixOptionVols" + Arrays.toString(vols) + " at " + Arrays.toString(expiries);
    }

    /** The vols' arrays are copied in and never handed out, so the record stays immutable. */
    @Override
    public double[] expiries() {
        return expiries.clone();
    }

    @Override
    public double[] vols() {
        return vols.clone();
    }
}
