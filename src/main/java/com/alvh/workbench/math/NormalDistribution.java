package com.alvh.workbench.math;

/**
 * The standard normal distribution: density, cumulative distribution and its inverse.
 *
 * <p>Static methods on primitives, allocation free, safe to call from any thread.
 *
 * <p><b>Cumulative distribution.</b> {@link #cdf} is W. J. Cody's algorithm ANORM from SPECFUN
 * (W. J. Cody, "Algorithm 715: SPECFUN - a portable FORTRAN package of special function routines
 * and test drivers", ACM TOMS 19 (1993) 22-32; Netlib {@code specfun/anorm}, last modified
 * 15 March 1992), built on the near-minimax rational approximations of W. J. Cody, "Rational
 * Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631-637. Three
 * intervals of {@code |x|}: a rational function of {@code x^2} up to 0.66291, then
 * {@code exp(-x^2/2)} times a rational function of {@code |x|} up to {@code sqrt(32)}, then
 * {@code exp(-x^2/2)/|x|} times a rational function of {@code 1/x^2}. The approximations are
 * good to about 18 significant digits in exact arithmetic; in double precision the relative
 * error, measured by the tests against a BigDecimal reference, stays below 1e-14 (a few ulps)
 * for every {@code x} in [-37.5, 8.3], including the lower tail where {@code N(x)} is near
 * 1e-308. The factor {@code exp(-x^2/2)} is formed as
 * {@code exp(-xs^2/2) exp(-(x-xs)(x+xs)/2)} with {@code xs} = {@code x} rounded down to a
 * multiple of 1/16, so that {@code xs^2} is exact: a plain {@code x*x} would carry a rounding
 * error of relative size 1e-16 that the exponential multiplies by {@code x^2/2} (up to 700).
 *
 * <p><b>Inverse.</b> {@link #inverseCdf} is Wichura's algorithm AS 241 (PPND16): M. J. Wichura,
 * "Algorithm AS 241: The percentage points of the normal distribution", Applied Statistics 37
 * (1988) 477-484, relative accuracy about 1e-16.
 */
public final class NormalDistribution {

    private static final double INV_SQRT_2PI = 0.3989422804014327;

    /** Below this {@code N(x)} is under the smallest subnormal double; returns exactly 0. */
    private static final double LOWER_CUTOFF = -38.5;
    /** Above this {@code 1 - N(x)} is below half an ulp of 1; returns exactly 1. */
    private static final double UPPER_CUTOFF = 8.3;

    // ANORM (Cody): interval boundaries. THRESHOLD is the x with N(x) = 0.75.
    private static final double THRESHOLD = 0.66291;
    private static final double ROOT32 = 5.656854248;

    // ANORM coefficients, first interval |x| <= 0.66291.
    private static final double A0 = 2.2352520354606839287e00;
    private static final double A1 = 1.6102823106855587881e02;
    private static final double A2 = 1.0676894854603709582e03;
    private static final double A3 = 1.8154981253343561249e04;
    private static final double A4 = 6.5682337918207449113e-2;
    private static final double B0 = 4.7202581904688241870e01;
    private static final double B1 = 9.7609855173777669322e02;
    private static final double B2 = 1.0260932208618978205e04;
    private static final double B3 = 4.5507789335026729956e04;

    // ANORM coefficients, second interval 0.66291 < |x| <= sqrt(32).
    private static final double C0 = 3.9894151208813466764e-1;
    private static final double C1 = 8.8831497943883759412e00;
    private static final double C2 = 9.3506656132177855979e01;
    private static final double C3 = 5.9727027639480026226e02;
    private static final double C4 = 2.4945375852903726711e03;
    private static final double C5 = 6.8481904505362823326e03;
    private static final double C6 = 1.1602651437647350124e04;
    private static final double C7 = 9.8427148383839780218e03;
    private static final double C8 = 1.0765576773720192317e-8;
    private static final double D0 = 2.2266688044328115691e01;
    private static final double D1 = 2.3538790178262499861e02;
    private static final double D2 = 1.5193775994075548050e03;
    private static final double D3 = 6.4855582982667607550e03;
    private static final double D4 = 1.8615571640885098091e04;
    private static final double D5 = 3.4900952721145977266e04;
    private static final double D6 = 3.8912003286093271411e04;
    private static final double D7 = 1.9685429676859990727e04;

    // ANORM coefficients, third interval |x| > sqrt(32).
    private static final double P0 = 2.1589853405795699e-1;
    private static final double P1 = 1.274011611602473639e-1;
    private static final double P2 = 2.2235277870649807e-2;
    private static final double P3 = 1.421619193227893466e-3;
    private static final double P4 = 2.9112874951168792e-5;
    private static final double P5 = 2.307344176494017303e-2;
    private static final double Q0 = 1.28426009614491121e00;
    private static final double Q1 = 4.68238212480865118e-1;
    private static final double Q2 = 6.59881378689285515e-2;
    private static final double Q3 = 3.78239633202758244e-3;
    private static final double Q4 = 7.29751555083966205e-5;

    // AS 241 (Wichura), central region |p - 0.5| <= 0.425.
    private static final double SPLIT1 = 0.425;
    private static final double SPLIT2 = 5.0;
    private static final double CONST1 = 0.180625;
    private static final double CONST2 = 1.6;
    private static final double[] IA = {
        3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
        1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
        3.3430575583588128105e+4, 2.5090809287301226727e+3};
    private static final double[] IB = {
        1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2,
        5.3941960214247511077e+3, 2.1213794301586595867e+4, 3.9307895800092710610e+4,
        2.8729085735721942674e+4, 5.2264952788528545610e+3};
    // AS 241, intermediate tail sqrt(-ln q) <= 5.
    private static final double[] IC = {
        1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
        3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
        2.27238449892691845833e-2, 7.74545014278341407640e-4};
    private static final double[] ID = {
        1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
        6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
        5.47593808499534494600e-4, 1.05075007164441684324e-9};
    // AS 241, far tail sqrt(-ln q) > 5.
    private static final double[] IE = {
        6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
        2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
        2.71155556874348757815e-5, 2.01033439929228813265e-7};
    private static final double[] IF = {
        1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
        1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
        1.42151175831644588870e-7, 2.04426310338993978564e-15};

    private NormalDistribution() {
    }

    /**
     * Standard normal density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}.
     *
     * @param x the point (dimensionless)
     * @return the density at {@code x}; 0 for {@code |x|} beyond about 38.6 (underflow)
     */
    public static double pdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /**
     * Standard normal cumulative distribution {@code N(x) = P(Z <= x)}, by Cody's ANORM (see the
     * class comment). Relative error below 1e-14 on [-37.5, 8.3]; exactly 0 below -38.5, exactly
     * 1 above 8.3, subnormal (gradually less precise) results in between -38.5 and -37.5.
     *
     * @param x the point (dimensionless)
     * @return {@code N(x)} in [0, 1]; NaN for NaN
     */
    public static double cdf(double x) {
        double y = Math.abs(x);
        if (y <= THRESHOLD) {
            double xsq = x * x;
            double num = ((((A4 * xsq + A0) * xsq + A1) * xsq + A2) * xsq + A3);
            double den = ((((xsq + B0) * xsq + B1) * xsq + B2) * xsq + B3);
            return 0.5 + x * num / den;
        }
        if (x < LOWER_CUTOFF) {
            return 0.0;
        }
        if (x > UPPER_CUTOFF) {
            return 1.0;
        }
        double tail;
        if (y <= ROOT32) {
            double num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y
                    + C7;
            double den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y
                    + D7;
            tail = gaussianFactor(y) * (num / den);
        } else {
            double xsq = 1.0 / (y * y);
            double num = (((((P5 * xsq + P0) * xsq + P1) * xsq + P2) * xsq + P3) * xsq + P4) * xsq;
            double den = (((((xsq + Q0) * xsq + Q1) * xsq + Q2) * xsq + Q3) * xsq + Q4);
            tail = gaussianFactor(y) * ((INV_SQRT_2PI - num / den) / y);
        }
        // tail = P(Z > |x|); the upper half is 1 - tail, which cannot lose relative accuracy
        // since it is at least 0.75 there.
        return x > 0.0 ? 1.0 - tail : tail;
    }

    /**
     * {@code exp(-y^2/2)} without the error of rounding {@code y*y}: with {@code ys = floor(16 y)/16}
     * the square {@code ys*ys} is exact and {@code (y-ys)(y+ys)} is small.
     */
    private static double gaussianFactor(double y) {
        double ys = Math.floor(y * 16.0) * 0.0625;
        double del = (y - ys) * (y + ys);
        return Math.exp(-0.5 * ys * ys) * Math.exp(-0.5 * del);
    }

    /**
     * Inverse of the standard normal cumulative distribution, by Wichura's AS 241 (PPND16),
     * relative accuracy about 1e-16.
     *
     * @param p a probability in (0, 1)
     * @return {@code x} with {@code N(x) = p}
     * @throws IllegalArgumentException if {@code p} is not in (0, 1)
     */
    public static double inverseCdf(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("probability p must be in (0, 1), was " + p);
        }
        double q = p - 0.5;
        if (Math.abs(q) <= SPLIT1) {
            double r = CONST1 - q * q;
            return q * horner(IA, r) / horner(IB, r);
        }
        // 1 - p is exact for p >= 0.5 (Sterbenz), so no precision is lost forming the tail.
        double r = q < 0.0 ? p : 1.0 - p;
        r = Math.sqrt(-Math.log(r));
        double x;
        if (r <= SPLIT2) {
            r -= CONST2;
            x = horner(IC, r) / horner(ID, r);
        } else {
            r -= SPLIT2;
            x = horner(IE, r) / horner(IF, r);
        }
        return q < 0.0 ? -x : x;
    }

    /** {@code c[0] + c[1] r + ... + c[7] r^7}. */
    private static double horner(double[] c, double r) {
        double v = c[7];
        for (int i = 6; i >= 0; i--) {
            v = v * r + c[i];
        }
        return v;
    }
}
