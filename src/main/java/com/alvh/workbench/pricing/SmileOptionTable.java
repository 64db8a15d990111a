package com.alvh.workbench.pricing;

import com.alvh.workbench.math.CubicGrid;
import com.alvh.workbench.math.NormalDistribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fast option marks under a {@link SkewModel} smile (or a flat Black smile): undiscounted call
 * prices on a unit forward, precomputed on a grid and interpolated, for path simulations that
 * mark millions of options.
 *
 * <p><b>Normalised price.</b> With log-moneyness {@code k = ln(K/F)} and ATM total standard
 * deviation {@code s = sigma_ATM sqrt(T)} (so the SSVI ATM total variance is {@code theta = s^2}),
 * the SSVI total variance {@code w(k, theta)} depends on {@code T} and VIX only through {@code s}.
 * So every SPX option of the model is
 * <pre>
 *   call = e^{-rT} F c(k, s),   put = call - e^{-rT} (F - K)       (put-call parity)
 *   c(k, s) = N(d1) - e^k N(d2),  d1 = -k/sqrt(w) + sqrt(w)/2,  d2 = d1 - sqrt(w)
 * </pre>
 * and a VIX option under Black-76 with vol {@code sigma} is the same with {@code w = s^2},
 * {@code s = sigma sqrt(T)}.
 *
 * <p><b>Tables.</b> In standardised moneyness {@code u = k/s} the out-of-the-money prices divided
 * by {@code s} are smooth on the whole domain, including {@code s -> 0}: the call
 * {@code C(u, s) = c(u s, s)/s} for {@code u >= 0} and the put {@code P(u, s) = p(u s, s)/s},
 * {@code p = c - (1 - e^k)}, for {@code u < 0}. At {@code s = 0} they are the Bachelier limits
 * {@code C = sqrt(omega) n(u/sqrt(omega)) - u N(-u/sqrt(omega))}, {@code P = C + u}, with
 * {@code omega = w/theta} at {@code theta = 0} (in {@code k} the price has a kink there, in
 * {@code u} it does not). Two tables are kept because the in-the-money price
 * {@code (1 - e^{us})/s + ...} varies fast in {@code s} at large {@code |u|}, and one table across
 * {@code u = 0} of the out-of-the-money price would have a kink there; each table runs half a unit
 * past {@code u = 0} so that its stencils never cross a kink. Grids: calls for {@code u} in
 * [-0.5, 12] by 0.025 (the smile's curvature sits near {@code u = -rho/eta}), puts for {@code u} in
 * [-32, 0.5] by 0.05 (the skew fattens the left tail: {@code w/theta} grows linearly in {@code |u|}),
 * {@code s} in [0, 2] by 0.02 (about 400 KB and 530 KB); four-point Lagrange interpolation in both
 * directions ({@link CubicGrid}). In-the-money prices come from put-call parity,
 * {@code call - put = e^{-rT}(F - K)}, which needs no exponential. Outside the grid, and for SSVI
 * curvature exponents {@code gamma != 1/2} (where {@code w/theta} is not smooth in {@code s} at 0),
 * the exact formula is used, except that a call beyond {@code u = 12} is taken as 0 when it is worth
 * below 1e-13 of the forward at every {@code s} (checked at construction; true for the default skew
 * and Black). Interpolation error (tested against the exact formula, per unit of forward): below
 * {@code 2e-7 s} for {@code s <= 0.4}, {@code 5e-7 s} up to 1.2 and {@code 2e-6 s} up to 2; for a
 * 45-day SPX option at VIX 20 and SPX 5,000 that is at most 6e-5 index points.
 *
 * <p><b>Delta strikes.</b> The Black-Scholes spot delta at the smile's vol is
 * {@code e^{-qT} N(d1)} for a call and {@code -e^{-qT} N(-d1)} for a put, and {@code d1} depends on
 * {@code (u, s)} only; {@link #logMoneynessForD1} solves {@code d1(u, s) = d1*} by safeguarded
 * Newton steps in {@code u}, so a delta strike costs a few square roots instead of a bisection over
 * Black-Scholes greeks.
 *
 * <p>Instances are immutable and thread-safe; {@link #of} caches one table per skew model.
 */
public final class SmileOptionTable {

    /**
     * Largest standardised moneyness {@code u = k/s} of the call table. Beyond it an
     * out-of-the-money call is worth less than 1e-14 of the forward (the smile flattens on the
     * call side).
     */
    public static final double MAX_CALL_MONEYNESS = 12.0;
    /**
     * Largest {@code |u|} of the put table: the skew fattens the left tail ({@code w/theta} grows
     * linearly in {@code |u|}), so a put at {@code u = -12} can still be worth 1e-3 s of the forward.
     */
    public static final double MAX_PUT_MONEYNESS = 32.0;
    /** Largest ATM total standard deviation {@code s} on the grid. */
    public static final double MAX_STD_DEV = 2.0;
    /** Grid steps: calls by 0.025 (the smile's curvature sits near u = -rho/eta), puts by 0.05. */
    static final double CALL_STEP = 0.025;
    static final double PUT_STEP = 0.05;
    static final double S_STEP = 0.02;
    /** How far each table runs past {@code u = 0} into the other side. */
    static final double OVERLAP = 0.5;
    static final int NU_CALL = (int) Math.round((MAX_CALL_MONEYNESS + OVERLAP) / CALL_STEP) + 1;
    static final int NU_PUT = (int) Math.round((MAX_PUT_MONEYNESS + OVERLAP) / PUT_STEP) + 1;
    static final int NS = (int) Math.round(MAX_STD_DEV / S_STEP) + 1;

    private static final Map<SkewModel, SmileOptionTable> CACHE = new ConcurrentHashMap<>();
    private static final SkewModel BLACK = SkewModel.flat(1.0);

    private final SkewModel skew;
    private final double rho;
    private final double oneMinusRho2;
    private final boolean tabulated;
    /**
     * Whether a call beyond the call table ({@code u > 12}) is worth less than 1e-13 of the forward
     * for every {@code s} of the grid, so that it can be taken as 0 (true for the default skew and
     * for Black; a flat-winged smile with a large {@code eta} keeps call value out there, and then
     * the exact formula is used).
     */
    private final boolean callTailNegligible;
    private final double[] callGrid; // C(u, s), u from -OVERLAP to MAX
    private final double[] putGrid;  // P(u, s), u from -MAX to OVERLAP

    private SmileOptionTable(SkewModel skew) {
        this.skew = skew;
        this.rho = skew.rho();
        this.oneMinusRho2 = 1.0 - skew.rho() * skew.rho();
        this.tabulated = skew.eta() == 0.0 || skew.gamma() == 0.5;
        this.callGrid = tabulated ? build(true) : null;
        this.putGrid = tabulated ? build(false) : null;
        boolean negligible = true;
        for (int j = 1; j < NS; j++) {
            double sd = j * S_STEP;
            negligible &= exactCall(MAX_CALL_MONEYNESS * sd, sd) < 1e-13;
        }
        this.callTailNegligible = negligible;
    }

    /**
     * The table of a skew model (built once, then cached).
     *
     * @param skew the SSVI skew model
     * @return its table
     */
    public static SmileOptionTable of(SkewModel skew) {
        SmileOptionTable t = CACHE.get(skew);
        if (t == null) {
            if (CACHE.size() > 64) {
                CACHE.clear(); // a workbench uses a handful of skews; never grow without bound
            }
            t = CACHE.computeIfAbsent(skew, SmileOptionTable::new);
        }
        return t;
    }

    /** The flat smile: Black(-76) prices with {@code s = sigma sqrt(T)}. */
    public static SmileOptionTable black() {
        return of(BLACK);
    }

    /** The skew model this table prices. */
    public SkewModel skew() {
        return skew;
    }

    /** Whether prices come from the grid (false: always the exact formula). */
    public boolean tabulated() {
        return tabulated;
    }

    private double[] build(boolean call) {
        int nu = call ? NU_CALL : NU_PUT;
        double step = call ? CALL_STEP : PUT_STEP;
        double u0 = call ? -OVERLAP : -MAX_PUT_MONEYNESS;
        double[] g = new double[nu * NS];
        for (int j = 0; j < NS; j++) {
            double s = j * S_STEP;
            for (int i = 0; i < nu; i++) {
                double u = u0 + i * step;
                double c;
                if (j == 0) {
                    c = bachelierLimit(u);
                    g[j * nu + i] = call ? c : c + u;
                } else {
                    g[j * nu + i] = (call ? exactCall(u * s, s) : exactPut(u * s, s)) / s;
                }
            }
        }
        return g;
    }

    /** {@code C(u, 0)}: see the class comment. */
    private double bachelierLimit(double u) {
        double root = Math.sqrt(omega(u, 0.0));
        double d = -u / root;
        return root * NormalDistribution.pdf(d) - u * NormalDistribution.cdf(d);
    }

    /**
     * {@code phi(theta) s} at {@code theta = s^2}, the slope of the smile in standardised
     * moneyness; finite at {@code s = 0}.
     */
    private double xi(double s) {
        if (skew.eta() == 0.0) {
            return 0.0;
        }
        if (skew.gamma() == 0.5) {
            return skew.eta() / Math.sqrt(1.0 + s * s);
        }
        return s == 0.0 ? 0.0 : skew.phi(s * s) * s;
    }

    /** {@code omega = w / theta} at standardised moneyness {@code u} and ATM std dev {@code s}. */
    private double omega(double u, double s) {
        double x = xi(s) * u;
        return 0.5 * (1.0 + rho * x + Math.sqrt((x + rho) * (x + rho) + oneMinusRho2));
    }

    /**
     * SSVI total variance.
     *
     * @param logMoneyness k = ln(K/F)
     * @param stdDev ATM total standard deviation {@code s = sigma_ATM sqrt(T)} (&gt;= 0)
     * @return {@code w(k)} (dimensionless); 0 at {@code s = 0}
     */
    public double totalVariance(double logMoneyness, double stdDev) {
        if (!(stdDev > 0.0)) {
            return 0.0;
        }
        double x = skew.eta() == 0.0 ? 0.0 : skew.phi(stdDev * stdDev) * logMoneyness;
        return 0.5 * stdDev * stdDev * (1.0 + rho * x + Math.sqrt((x + rho) * (x + rho) + oneMinusRho2));
    }

    /**
     * Exact undiscounted call on a unit forward, {@code N(d1) - e^k N(d2)} at the smile's total
     * variance (Black-76 with forward 1, strike {@code e^k}).
     *
     * @param logMoneyness k = ln(K/F)
     * @param stdDev ATM total standard deviation {@code s}; {@code s <= 0} gives {@code max(1 - e^k, 0)}
     * @return the price in units of the forward
     */
    public double exactCall(double logMoneyness, double stdDev) {
        double strike = Math.exp(logMoneyness);
        if (!(stdDev > 0.0)) {
            return Math.max(1.0 - strike, 0.0);
        }
        return Black76.undiscountedPrice(OptionType.CALL, 1.0, strike, Math.sqrt(totalVariance(logMoneyness, stdDev)));
    }

    /**
     * Exact undiscounted put on a unit forward, {@code e^k N(-d2) - N(-d1)}.
     *
     * @param logMoneyness k = ln(K/F)
     * @param stdDev ATM total standard deviation {@code s}; {@code s <= 0} gives {@code max(e^k - 1, 0)}
     * @return the price in units of the forward
     */
    public double exactPut(double logMoneyness, double stdDev) {
        double strike = Math.exp(logMoneyness);
        if (!(stdDev > 0.0)) {
            return Math.max(strike - 1.0, 0.0);
        }
        return Black76.undiscountedPrice(OptionType.PUT, 1.0, strike, Math.sqrt(totalVariance(logMoneyness, stdDev)));
    }

    /**
     * The out-of-the-money (or at-the-money) undiscounted price on a unit forward from the tables:
     * the call for {@code k >= 0}, the put for {@code k < 0}; NaN off the grid (the caller then
     * uses the exact formula).
     */
    private double outOfTheMoney(double logMoneyness, double stdDev) {
        if (!tabulated || !(stdDev > 0.0) || stdDev > MAX_STD_DEV) {
            return Double.NaN;
        }
        double u = logMoneyness / stdDev;
        double gs = stdDev * (1.0 / S_STEP);
        if (u >= 0.0) {
            double gu = (u + OVERLAP) * (1.0 / CALL_STEP);
            if (gu > NU_CALL - 1) {
                return callTailNegligible ? 0.0 : Double.NaN; // see callTailNegligible
            }
            return Math.max(stdDev * CubicGrid.interpolate2d(callGrid, NU_CALL, NS, gu, gs), 0.0);
        }
        double gu = (u + MAX_PUT_MONEYNESS) * (1.0 / PUT_STEP);
        return gu >= 0.0 ? Math.max(stdDev * CubicGrid.interpolate2d(putGrid, NU_PUT, NS, gu, gs), 0.0) : Double.NaN;
    }

    /**
     * Undiscounted call on a unit forward from the table (exact off the grid).
     *
     * @param logMoneyness k = ln(K/F)
     * @param stdDev ATM total standard deviation {@code s} (&gt;= 0)
     * @return the price in units of the forward (&gt;= 0)
     */
    public double call(double logMoneyness, double stdDev) {
        double otm = outOfTheMoney(logMoneyness, stdDev);
        if (Double.isNaN(otm)) {
            return exactCall(logMoneyness, stdDev);
        }
        return logMoneyness >= 0.0 ? otm : otm + 1.0 - Math.exp(logMoneyness);
    }

    /**
     * Undiscounted put on a unit forward from the table (exact off the grid).
     *
     * @param logMoneyness k = ln(K/F)
     * @param stdDev ATM total standard deviation {@code s} (&gt;= 0)
     * @return the price in units of the forward (&gt;= 0)
     */
    public double put(double logMoneyness, double stdDev) {
        double otm = outOfTheMoney(logMoneyness, stdDev);
        if (Double.isNaN(otm)) {
            return exactPut(logMoneyness, stdDev);
        }
        return logMoneyness < 0.0 ? otm : Math.max(otm - 1.0 + Math.exp(logMoneyness), 0.0);
    }

    /**
     * Price of an option on a forward {@code F} with the smile of this table.
     *
     * @param type call or put
     * @param forward F (index points, &gt; 0)
     * @param strike K (index points, &gt; 0)
     * @param logMoneyness {@code ln(K/F)} (passed in so a caller can reuse logarithms)
     * @param stdDev ATM total standard deviation {@code s}
     * @param discount {@code e^{-rT}}
     * @return the price in index points (&gt;= 0)
     */
    public double price(OptionType type, double forward, double strike, double logMoneyness, double stdDev,
                        double discount) {
        double otm = outOfTheMoney(logMoneyness, stdDev);
        if (Double.isNaN(otm)) {
            double unit = type == OptionType.CALL ? exactCall(logMoneyness, stdDev) : exactPut(logMoneyness, stdDev);
            return discount * forward * unit;
        }
        double value = discount * forward * otm;
        boolean callSide = logMoneyness >= 0.0;
        if ((type == OptionType.CALL) == callSide) {
            return value;
        }
        // In the money: parity, call - put = e^{-rT} (F - K).
        double parity = discount * (forward - strike);
        return Math.max(type == OptionType.CALL ? value + parity : value - parity, 0.0);
    }

    /**
     * A new evaluator for several strikes at one ATM standard deviation (one tenor and VIX): the
     * {@code s}-part of the interpolation is done once per {@link Slice#at}, so each further
     * strike costs only its {@code u}-part. Same values as {@link #price}.
     *
     * @return a slice; mutable, for one thread
     */
    public Slice newSlice() {
        return new Slice();
    }

    /**
     * See {@link #newSlice()}. Mutable and not thread-safe while it is moved: keep one per worker.
     * A slice set up once and never moved again may be shared read-only (after safe publication),
     * since {@link #price} only reads it.
     */
    public final class Slice {
        private double stdDev;
        private double inverse;
        private boolean onGrid;
        private int callRow;
        private int putRow;
        private double w0;
        private double w1;
        private double w2;
        private double w3;

        private Slice() {
        }

        /**
         * Moves the slice to an ATM total standard deviation.
         *
         * @param atmStdDev {@code s = sigma_ATM sqrt(T)} (&gt;= 0)
         * @return this slice
         */
        public Slice at(double atmStdDev) {
            stdDev = atmStdDev;
            onGrid = tabulated && atmStdDev > 0.0 && atmStdDev <= MAX_STD_DEV;
            if (onGrid) {
                inverse = 1.0 / atmStdDev;
                double g = atmStdDev * (1.0 / S_STEP);
                int iy = CubicGrid.stencilStart(g, NS);
                double t = g - iy;
                double t1 = t - 1.0;
                double t2 = t - 2.0;
                double t3 = t - 3.0;
                w0 = -t1 * t2 * t3 * (1.0 / 6.0);
                w1 = t * t2 * t3 * 0.5;
                w2 = -t * t1 * t3 * 0.5;
                w3 = t * t1 * t2 * (1.0 / 6.0);
                callRow = iy * NU_CALL;
                putRow = iy * NU_PUT;
            }
            return this;
        }

        /**
         * Price of an option at this slice's standard deviation; see
         * {@link SmileOptionTable#price}.
         *
         * @param type call or put
         * @param forward F (index points, &gt; 0)
         * @param strike K (index points, &gt; 0)
         * @param logMoneyness {@code ln(K/F)}
         * @param discount {@code e^{-rT}}
         * @return the price in index points (&gt;= 0)
         */
        public double price(OptionType type, double forward, double strike, double logMoneyness, double discount) {
            if (!onGrid) {
                return SmileOptionTable.this.price(type, forward, strike, logMoneyness, stdDev, discount);
            }
            double u = logMoneyness * inverse;
            boolean callSide = u >= 0.0;
            double[] grid;
            int nu;
            double gu;
            int base;
            if (callSide) {
                gu = (u + OVERLAP) * (1.0 / CALL_STEP);
                grid = callGrid;
                nu = NU_CALL;
                base = callRow;
                if (gu > NU_CALL - 1) {
                    if (!callTailNegligible) {
                        return SmileOptionTable.this.price(type, forward, strike, logMoneyness, stdDev, discount);
                    }
                    gu = -1.0; // beyond the call table the call is below 1e-13 of the forward: 0
                }
            } else {
                gu = (u + MAX_PUT_MONEYNESS) * (1.0 / PUT_STEP);
                grid = putGrid;
                nu = NU_PUT;
                base = putRow;
                if (gu < 0.0) {
                    return SmileOptionTable.this.price(type, forward, strike, logMoneyness, stdDev, discount);
                }
            }
            double otm;
            if (gu < 0.0) {
                otm = 0.0;
            } else {
                otm = otmOnRow(grid, nu, base, gu);
            }
            double value = discount * forward * otm;
            if ((type == OptionType.CALL) == callSide) {
                return value;
            }
            double parity = discount * (forward - strike);
            return Math.max(type == OptionType.CALL ? value + parity : value - parity, 0.0);
        }

        private double otmOnRow(double[] grid, int nu, int base, double gu) {
            int ix = CubicGrid.stencilStart(gu, nu);
            double t = gu - ix;
            double t1 = t - 1.0;
            double t2 = t - 2.0;
            double t3 = t - 3.0;
            double x0 = -t1 * t2 * t3 * (1.0 / 6.0);
            double x1 = t * t2 * t3 * 0.5;
            double x2 = -t * t1 * t3 * 0.5;
            double x3 = t * t1 * t2 * (1.0 / 6.0);
            int b = base + ix;
            double r0 = x0 * grid[b] + x1 * grid[b + 1] + x2 * grid[b + 2] + x3 * grid[b + 3];
            b += nu;
            double r1 = x0 * grid[b] + x1 * grid[b + 1] + x2 * grid[b + 2] + x3 * grid[b + 3];
            b += nu;
            double r2 = x0 * grid[b] + x1 * grid[b + 1] + x2 * grid[b + 2] + x3 * grid[b + 3];
            b += nu;
            double r3 = x0 * grid[b] + x1 * grid[b + 1] + x2 * grid[b + 2] + x3 * grid[b + 3];
            return Math.max(stdDev * (w0 * r0 + w1 * r1 + w2 * r2 + w3 * r3), 0.0);
        }
    }

    /**
     * {@code d1 = -k/sqrt(w) + sqrt(w)/2} at standardised moneyness {@code u} (so {@code k = u s}).
     *
     * @param standardisedMoneyness u = k/s
     * @param stdDev s (&gt;= 0)
     * @return d1
     */
    public double d1(double standardisedMoneyness, double stdDev) {
        double root = Math.sqrt(omega(standardisedMoneyness, stdDev));
        return -standardisedMoneyness / root + 0.5 * stdDev * root;
    }

    /**
     * Log-moneyness {@code k = ln(K/F)} at which {@code d1} equals a target: the strike of a given
     * Black-Scholes delta at the smile's vol ({@code d1* = N^{-1}(delta e^{qT})} for a call,
     * {@code -N^{-1}(|delta| e^{qT})} for a put). Safeguarded Newton in {@code u = k/s} on
     * {@code |u| <= 10 + 0.05/s} (the search range of {@link SkewModel#strikeForDelta}), to about
     * 1e-12 in {@code u}.
     *
     * @param targetD1 d1*
     * @param stdDev ATM total standard deviation {@code s} (&gt; 0)
     * @return k (the strike is {@code F e^k})
     * @throws IllegalArgumentException if no strike in the search range reaches the target
     */
    public double logMoneynessForD1(double targetD1, double stdDev) {
        if (!(stdDev > 0.0)) {
            throw new IllegalArgumentException("stdDev must be > 0, was " + stdDev);
        }
        double half = 10.0 + 0.05 / stdDev;
        // d1 decreases in u (a higher strike has a lower call delta): f(lo) > 0 > f(hi).
        if (!(d1(-half, stdDev) - targetD1 >= 0.0 && d1(half, stdDev) - targetD1 <= 0.0)) {
            throw new IllegalArgumentException("d1 target " + targetD1 + " is not reachable for s = " + stdDev);
        }
        return newton(targetD1, stdDev, Math.max(-half, Math.min(half, -targetD1)), -half, half) * stdDev;
    }

    /**
     * A solver of {@code d1(u, s) = d1*} for one target, for repeated use (a delta rule applied at
     * every opening of a trade): the root is tabulated over the grid of {@code s} and read by
     * cubic interpolation as the start of the Newton steps, which then need one or two steps.
     *
     * @param targetD1 d1*
     * @return the solver
     * @throws IllegalArgumentException if the target is not reachable at some grid {@code s}
     */
    public DeltaStrikeSolver solverFor(double targetD1) {
        return new DeltaStrikeSolver(targetD1);
    }

    /** See {@link #solverFor}. Immutable and thread-safe. */
    public final class DeltaStrikeSolver {
        private final double target;
        private final double[] roots; // u* at s = j S_STEP (j >= 1; node 0 copies node 1's neighbourhood)

        private DeltaStrikeSolver(double target) {
            this.target = target;
            this.roots = new double[NS];
            for (int j = 1; j < NS; j++) {
                roots[j] = logMoneynessForD1(target, j * S_STEP) / (j * S_STEP);
            }
            // At s -> 0 the root solves -u/sqrt(omega(u, 0)) = d1*: the limit of the s > 0 roots.
            roots[0] = newton(target, 0.0, -target, -1e3, 1e3);
        }

        /** The d1 target. */
        public double targetD1() {
            return target;
        }

        /**
         * Log-moneyness {@code k = ln(K/F)} of the strike whose {@code d1} is the target.
         *
         * @param stdDev ATM total standard deviation {@code s} (&gt; 0)
         * @return k, to about 1e-12 in {@code u}
         */
        public double logMoneyness(double stdDev) {
            double g = stdDev * (1.0 / S_STEP);
            if (!(stdDev > 0.0) || g > NS - 1) {
                return logMoneynessForD1(target, stdDev);
            }
            double start = CubicGrid.interpolate(roots, 0, 1, NS, g);
            double half = 10.0 + 0.05 / stdDev;
            return newton(target, stdDev, start, -half, half) * stdDev;
        }
    }

    /**
     * Safeguarded Newton for {@code d1(u, s) = target} from {@code start} in the bracket
     * {@code [lo, hi]} (bisection whenever a step leaves it), to about 1e-12 in {@code u}.
     */
    private double newton(double target, double stdDev, double start, double lo, double hi) {
        double x = xi(stdDev);
        double u = start;
        for (int it = 0; it < 100; it++) {
            double y = x * u + rho;
            double r = Math.sqrt(y * y + oneMinusRho2);
            double om = 0.5 * (1.0 + rho * x * u + r);
            double dom = 0.5 * (rho * x + x * y / r);
            double root = Math.sqrt(om);
            double f = -u / root + 0.5 * stdDev * root - target;
            if (f > 0.0) {
                lo = u;
            } else {
                hi = u;
            }
            double df = -1.0 / root + u * dom / (2.0 * om * root) + stdDev * dom / (4.0 * root);
            double next = u - f / df;
            if (next > lo && next < hi) {
                // Newton converges quadratically: after a step of size d the error is of order d^2
                // (the ratio f''/2f' is of order 1 here), so a step below 1e-7 leaves ~1e-14.
                if (Math.abs(next - u) < 1e-7) {
                    return next;
                }
            } else {
                next = 0.5 * (lo + hi); // Newton left the bracket: bisect
            }
            if (hi - lo < 1e-12) {
                return next;
            }
            u = next;
        }
        return u;
    }
}
