package com.alvh.workbench.sim;

import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

/**
 * What a campaign run marks its options with, prepared once and shared read-only by every block: the
 * SPX smile table of the skew and the Black-76 table of VIX options, the VIX futures curve, and by
 * steps to expiry {@code n} (one step is a trading day, {@code 1/252} year) the year fraction, its
 * square root, the discount factor {@code e^{-r n/252}}, the forward growth {@code e^{(r-q) n/252}}
 * and carry {@code (r-q) n/252}, the futures curve at that tenor and the VIX-option slice of that
 * tenor's vol, and the model's SPX vol term structure at that tenor ({@link VolLevels}).
 *
 * <p>VIX futures and VIX option vols are the market model's own where it has them
 * ({@link MarketModel#ownVixFutures}, {@link MarketModel#ownVixOptionVols}; a history model's read the
 * path's day through {@link PathState#cursor} and leave days without data to the campaign's), else the
 * campaign's ({@link CampaignSpec#vixCurve()}, {@link CampaignSpec#vixOptionVols()}). Vols that depend on
 * the day are not tabulated: a block reads them per mark ({@link #vixSlice}).
 */
final class MarkTables {

    /** Trading days per year (the path grid). */
    static final double STEPS_PER_YEAR = 252.0;
    /** SPX and VIX option multiplier (USD per index point). */
    static final double OPTION_MULTIPLIER = 100.0;
    /** VIX futures multiplier (USD per index point). */
    static final double FUTURES_MULTIPLIER = 1000.0;
    /** SPX strikes are listed every 5 points; VIX strikes every point. */
    static final double SPX_STRIKE_STEP = 5.0;
    static final double VIX_STRIKE_STEP = 1.0;

    final CampaignSpec spec;
    final SmileOptionTable spxTable;
    final SmileOptionTable blackTable;
    final VixFutureCurve futures;
    /** The VIX option vols by path day and expiry. */
    final VixOptionVols.ByDay vixVols;
    /** ATM vol per VIX point: the skew's ATM ratio over 100. */
    final double atmPerVixPoint;
    /** The longest steps to expiry tabulated. */
    final int longest;
    final double[] yearsLeft;
    final double[] sqrtYearsLeft;
    final double[] discountLeft;
    final double[] growthLeft;
    final double[] carryLeft;
    /** The futures curve at each tenor in trading days. */
    final VixFutureCurve.AtTenor[] futuresByLeft;
    /**
     * VIX-option slices by steps to expiry: the VIX-option vol of an expiry makes {@code s} a function of
     * the steps left only. Set up here and never moved, so the worker threads share them read-only. Null
     * when the vols depend on the path's day.
     */
    final SmileOptionTable.Slice[] vixSlices;
    /** The model's SPX vol term structure at each tenor in trading days. */
    final VolLevels.AtTenor[] levelsByLeft;

    /**
     * @param model the market model (asked for its own VIX futures)
     * @param spec the campaign
     * @param longest the longest steps to expiry any instrument of the run can have (a curve of listed
     *     contracts may add {@link VixFutureCurve#maxListedExtension()} to a VIX layer's)
     */
    MarkTables(MarketModel model, CampaignSpec spec, int longest) {
        this.spec = spec;
        this.spxTable = SmileOptionTable.of(spec.skew());
        this.blackTable = SmileOptionTable.black();
        VixFutureCurve standIn = new VixFutureTermCurve(spec.vixCurve());
        this.futures = model.ownVixFutures().map(c -> c.orElse(standIn)).orElse(standIn);
        this.vixVols = model.ownVixOptionVols().map(v -> v.orElse(spec.vixOptionVols()))
                .orElse(spec.vixOptionVols().everyDay());
        longest += futures.maxListedExtension();
        this.longest = longest;
        this.atmPerVixPoint = spec.skew().atmRatio() / 100.0;
        yearsLeft = new double[longest + 1];
        sqrtYearsLeft = new double[longest + 1];
        discountLeft = new double[longest + 1];
        growthLeft = new double[longest + 1];
        carryLeft = new double[longest + 1];
        for (int n = 0; n <= longest; n++) {
            double t = n / STEPS_PER_YEAR;
            yearsLeft[n] = t;
            sqrtYearsLeft[n] = Math.sqrt(t);
            discountLeft[n] = Math.exp(-spec.rate() * t);
            growthLeft[n] = Math.exp((spec.rate() - spec.dividendYield()) * t);
            carryLeft[n] = (spec.rate() - spec.dividendYield()) * t;
        }
        futuresByLeft = new VixFutureCurve.AtTenor[longest + 1];
        for (int n = 0; n <= longest; n++) {
            futuresByLeft[n] = futures.atTenor(n / STEPS_PER_YEAR);
        }
        VolLevels levels = model.volLevels();
        levelsByLeft = new VolLevels.AtTenor[longest + 1];
        for (int n = 1; n <= longest; n++) {
            levelsByLeft[n] = levels.atTenor(n / STEPS_PER_YEAR);
        }
        vixSlices = vixVols.dependsOnDay() ? null : new SmileOptionTable.Slice[longest + 1];
        for (int n = 0; vixSlices != null && n <= longest; n++) {
            vixSlices[n] = blackTable.newSlice().at(vixVols.at(-1, n / STEPS_PER_YEAR) * sqrtYearsLeft[n]);
        }
    }

    /**
     * The Black-76 slice of VIX options {@code left > 0} steps before expiry on a path's day: the shared
     * tabulated one, or {@code scratch} (the block's own) moved to the day's vol.
     */
    SmileOptionTable.Slice vixSlice(SmileOptionTable.Slice scratch, int cursor, int left) {
        return vixSlices != null ? vixSlices[left]
                : scratch.at(vixVols.at(cursor, yearsLeft[left]) * sqrtYearsLeft[left]);
    }

    /** Steps of {@code calendarDays}: {@code round(days x 252/365)}, at least 1. */
    static int toSteps(int calendarDays) {
        return Math.max(1, (int) Math.round(calendarDays * STEPS_PER_YEAR / 365.0));
    }

    /** {@code value} rounded to the nearest multiple of {@code step}. */
    static double round(double value, double step) {
        return Math.rint(value / step) * step;
    }

    /**
     * The d1 of an option of type {@code type} with Black-Scholes spot delta {@code delta} in absolute
     * value, {@code t} years out: a call's {@code e^{-qT} N(d1) = delta}, a put's {@code e^{-qT} N(-d1) = delta}.
     */
    double d1ForDelta(OptionType type, double delta, double t) {
        double p = delta * Math.exp(spec.dividendYield() * t);
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("delta " + delta + " is not reachable (|delta| must be below e^{-qT})");
        }
        double d1 = NormalDistribution.inverseCdf(p);
        return type == OptionType.CALL ? d1 : -d1;
    }

    /** A solver of the strike of |delta| {@code delta} for options {@code steps} trading days out. */
    SmileOptionTable.DeltaStrikeSolver solver(OptionType type, double delta, int steps) {
        return spxTable.solverFor(d1ForDelta(type, delta, steps / STEPS_PER_YEAR));
    }

    /**
     * The ATM total standard deviation of SPX options {@code left} steps out whose tenor's volatility
     * index level is {@code level} (index points; the VIX itself at 30 days).
     */
    double atmStdDev(double level, int left) {
        return atmPerVixPoint * level * sqrtYearsLeft[left];
    }
}
