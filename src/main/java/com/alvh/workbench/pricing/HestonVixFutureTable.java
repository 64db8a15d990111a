package com.alvh.workbench.pricing;

import com.alvh.workbench.math.CubicGrid;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model-consistent VIX futures for Heston (and Bates) paths: {@code F(tau) = E[VIX_tau | v]} as a
 * function of the path's spot VIX and the time to the future's expiry, precomputed on a grid and
 * interpolated, so that a simulation can mark VIX options off the model's own futures curve at
 * every step of every path.
 *
 * <p><b>Exact value.</b> Under Heston {@code VIX_tau^2 / 100^2 = Y = a v_tau + b} with
 * {@code a, b} as in {@link VixUnderHeston} (Bates adds the jumps' variance {@code lambda E[J^2]}
 * to {@code b}). Given {@code v_0 = v}, {@code v_tau = c X} with {@code X} noncentral chi-square,
 * whose Laplace transform is closed form:
 * <pre>
 *   E[e^{-lambda Y}] = exp(-lambda b - (d/2) ln(1 + 2 lambda a c) - v e^{-kappa tau} lambda a / (1 + 2 lambda a c))
 * </pre>
 * ({@code c = sigma^2 (1 - e^{-kappa tau})/(4 kappa)}, {@code d = 4 kappa theta / sigma^2}), and
 * {@code sqrt(y) = (1/(2 sqrt(pi))) int_0^inf (1 - e^{-lambda y}) lambda^{-3/2} d lambda}, so
 * <pre>
 *   F = 100 E[sqrt(Y)] = (100 / (2 sqrt(pi))) int_{-inf}^{inf} (1 - E[e^{-e^x Y}]) e^{-x/2} dx
 * </pre>
 * The integrand is smooth and decays like {@code e^{-|x|/2}}: the trapezoidal rule with step 1/4
 * on {@code x} converges geometrically (tested against the adaptive quadrature of
 * {@link VixUnderHeston#futuresPrice}, to 1e-8 VIX points). One evaluation costs about 300
 * exponentials; for a column of the table (one {@code tau}, every VIX) the {@code v}-free parts of
 * the exponent are shared, so it costs one exponential per node and VIX level.
 *
 * <p><b>Table.</b> Under Heston spot VIX {@code z = 100 sqrt(a v + b)} and {@code v} are one to
 * one, so {@code F} is tabulated over spot VIX ({@code z} from {@code 100 sqrt(b)}, where
 * {@code v = 0}, in steps of 1 point, 201 nodes) and over {@code tau} in steps of one trading day
 * ({@code 1/252} year, up to two years). At {@code tau = 0} the future is spot VIX. Columns (one
 * {@code tau} each) are computed on first use, so a run pays only for the tenors it marks (about
 * 0.5 ms per column). Reads use four-point Lagrange interpolation in both directions
 * ({@link CubicGrid}); a {@code tau} on the trading-day grid reads its column exactly. Off the grid
 * (VIX above the last node, {@code tau} beyond two years) and for a {@code tau} between trading days
 * within the first three (where the future is not smooth in {@code tau} near {@code v = 0}) the
 * exact value is computed. Interpolation error (tested): below 5e-5 VIX points on trading days,
 * below 3e-4 between them (1e-4 unless the vol of variance is extreme and v near 0). Spot VIX
 * below {@code 100 sqrt(b)} (possible only for a bumped VIX) reads the future at {@code v = 0}.
 *
 * <p>Units: VIX and futures in index points, {@code tau} in years, variance per year.
 * Thread-safe: a column computed twice by two threads is the same array content.
 */
public final class HestonVixFutureTable {

    /** Spacing of the spot-VIX grid (index points). */
    static final double VIX_STEP = 1.0;
    /** Number of spot-VIX nodes. */
    static final int VIX_NODES = 201;
    /** Spacing of the expiry grid: one trading day (years). */
    public static final double TAU_STEP = 1.0 / 252.0;
    /** Number of expiry columns (two years). */
    static final int TAU_NODES = 2 * 252 + 1;
    /** Trapezoid step on {@code x = ln(lambda)}. */
    private static final double X_STEP = 0.25;
    private static final double SCALE = 100.0 / (2.0 * Math.sqrt(Math.PI));

    private static final Map<Key, HestonVixFutureTable> CACHE = new ConcurrentHashMap<>();

    private record Key(HestonModel model, double jumpVariance) {
    }

    private final HestonModel model;
    private final double weight;     // a
    private final double intercept;  // b (plus the jumps' variance)
    private final double vixFloor;   // 100 sqrt(b): spot VIX at v = 0
    /**
     * Columns by expiry node, computed on first use. A plain array read without synchronisation:
     * each {@link Column} publishes its values through a final field, so a thread that sees the
     * column sees its values (JLS 17.5); a thread that sees null computes the same column again.
     */
    private final Column[] columns = new Column[TAU_NODES];

    private record Column(double[] values) {
    }

    private HestonVixFutureTable(HestonModel model, double jumpVariance) {
        this.model = model;
        this.weight = VixUnderHeston.varianceWeight(model);
        this.intercept = VixUnderHeston.varianceIntercept(model) + jumpVariance;
        this.vixFloor = 100.0 * Math.sqrt(intercept);
    }

    /**
     * The table of a Heston model (built lazily, cached).
     *
     * @param model Heston parameters ({@code v0} is ignored: the variance is the path's)
     * @param jumpVariance extra annual variance in VIX from jumps, {@code lambda E[J^2]} (0 for Heston, &gt;= 0)
     * @return the table
     */
    public static HestonVixFutureTable of(HestonModel model, double jumpVariance) {
        Objects.requireNonNull(model, "model");
        if (!(jumpVariance >= 0.0) || Double.isInfinite(jumpVariance)) {
            throw new IllegalArgumentException("jumpVariance must be finite and >= 0, was " + jumpVariance);
        }
        Key key = new Key(model.withV0(0.0), jumpVariance);
        HestonVixFutureTable t = CACHE.get(key);
        if (t == null) {
            if (CACHE.size() > 64) {
                CACHE.clear();
            }
            t = CACHE.computeIfAbsent(key, k -> new HestonVixFutureTable(k.model(), k.jumpVariance()));
        }
        return t;
    }

    /** Spot VIX at zero variance, {@code 100 sqrt(b)} (index points): the lowest VIX the model reaches. */
    public double vixFloor() {
        return vixFloor;
    }

    /**
     * Instantaneous variance for a spot VIX: {@code v = ((VIX/100)^2 - b)/a}, floored at 0.
     *
     * @param spotVix spot VIX (index points)
     * @return v (per year)
     */
    public double variance(double spotVix) {
        return Math.max((spotVix * spotVix * 1e-4 - intercept) / weight, 0.0);
    }

    /**
     * The VIX future from the table.
     *
     * @param spotVix the path's spot VIX (index points)
     * @param tau time to the future's expiry in years; {@code tau <= 0} returns spot VIX
     * @return {@code E[VIX_tau]} in index points
     */
    public double future(double spotVix, double tau) {
        if (!(tau > 0.0)) {
            return spotVix;
        }
        double gt = tau * (1.0 / TAU_STEP);
        double gz = Math.max((spotVix - vixFloor) * (1.0 / VIX_STEP), 0.0);
        if (gt > TAU_NODES - 1 || gz > VIX_NODES - 1) {
            return exactFuture(variance(spotVix), tau);
        }
        int whole = (int) gt;
        if (whole == gt) {
            // On the trading-day grid (a simulation's own tenors): one column, no interpolation in tau.
            return CubicGrid.interpolate(column(whole), 0, 1, VIX_NODES, gz);
        }
        if (gt < 3.0) {
            // Between the first trading days the future is not smooth in tau near v = 0 (its
            // spread opens like sqrt(v tau)); interpolation there could be off by 1e-2: exact.
            return exactFuture(variance(spotVix), tau);
        }
        int j0 = CubicGrid.stencilStart(gt, TAU_NODES);
        double t = gt - j0;
        double t1 = t - 1.0;
        double t2 = t - 2.0;
        double t3 = t - 3.0;
        double f0 = CubicGrid.interpolate(column(j0), 0, 1, VIX_NODES, gz);
        double f1 = CubicGrid.interpolate(column(j0 + 1), 0, 1, VIX_NODES, gz);
        double f2 = CubicGrid.interpolate(column(j0 + 2), 0, 1, VIX_NODES, gz);
        double f3 = CubicGrid.interpolate(column(j0 + 3), 0, 1, VIX_NODES, gz);
        return -t1 * t2 * t3 * (1.0 / 6.0) * f0 + t * t2 * t3 * 0.5 * f1
                - t * t1 * t3 * 0.5 * f2 + t * t1 * t2 * (1.0 / 6.0) * f3;
    }

    /**
     * The future at one expiry on the trading-day grid, as a function of spot VIX: the column read
     * without the expiry arithmetic of {@link #future} (same values).
     *
     * @param tradingDays days to expiry on the {@code 1/252}-year grid (&gt;= 0)
     * @return spot VIX (index points) to future (index points)
     */
    public java.util.function.DoubleUnaryOperator atTradingDays(int tradingDays) {
        if (tradingDays <= 0) {
            return z -> z;
        }
        if (tradingDays > TAU_NODES - 1) {
            double tau = tradingDays * TAU_STEP;
            return z -> future(z, tau);
        }
        double[] values = column(tradingDays);
        return z -> {
            double gz = Math.max((z - vixFloor) * (1.0 / VIX_STEP), 0.0);
            return gz > VIX_NODES - 1 ? exactFuture(variance(z), tradingDays * TAU_STEP)
                    : CubicGrid.interpolate(values, 0, 1, VIX_NODES, gz);
        };
    }

    private double[] column(int j) {
        Column c = columns[j];
        if (c == null) {
            c = new Column(computeColumn(j));
            columns[j] = c;
        }
        return c.values();
    }

    private double[] computeColumn(int j) {
        double[] out = new double[VIX_NODES];
        double tau = j * TAU_STEP;
        if (j == 0) {
            for (int i = 0; i < VIX_NODES; i++) {
                out[i] = vixFloor + i * VIX_STEP;
            }
            return out;
        }
        double zMax = vixFloor + (VIX_NODES - 1) * VIX_STEP;
        Nodes nodes = new Nodes(tau, zMax);
        for (int i = 0; i < VIX_NODES; i++) {
            out[i] = nodes.future(variance(vixFloor + i * VIX_STEP));
        }
        return out;
    }

    /**
     * The exact future by the Laplace-transform integral (no table).
     *
     * @param variance the path's instantaneous variance (per year, &gt;= 0)
     * @param tau years to expiry; {@code tau <= 0} gives spot VIX
     * @return {@code E[VIX_tau | v]} in index points
     */
    public double exactFuture(double variance, double tau) {
        double v = Math.max(variance, 0.0);
        if (!(tau > 0.0)) {
            return 100.0 * Math.sqrt(weight * v + intercept);
        }
        return new Nodes(tau, 100.0 * Math.sqrt(weight * Math.max(v, model.theta()) + intercept)).future(v);
    }

    /**
     * The exact model VIX future for any variance and expiry (see the class comment); the same as
     * {@link VixUnderHeston#futuresPrice} with {@code v0 = variance} when {@code jumpVariance = 0}.
     *
     * @param model Heston parameters
     * @param variance the instantaneous variance (per year)
     * @param tau years to expiry
     * @param jumpVariance extra annual variance from jumps ({@code >= 0})
     * @return the future in index points
     */
    public static double exactFuture(HestonModel model, double variance, double tau, double jumpVariance) {
        return of(model, jumpVariance).exactFuture(variance, tau);
    }

    /** Trapezoid nodes in {@code x = ln(lambda)} for one {@code tau}, with the v-free exponent parts. */
    private final class Nodes {
        private final double[] a;      // -lambda b - (d/2) ln(1 + 2 lambda a c)
        private final double[] b;      // -e^{-kappa tau} lambda a / (1 + 2 lambda a c): times v
        private final double[] w;      // h e^{-x/2}
        private final double tailWeight; // sum of h e^{-x/2} over the grid nodes beyond the last one

        Nodes(double tau, double maxVix) {
            double kappa = model.kappa();
            double decay = Math.exp(-kappa * tau);
            double c = -model.sigma() * model.sigma() * Math.expm1(-kappa * tau) / (4.0 * kappa);
            double halfD = 2.0 * kappa * model.theta() / (model.sigma() * model.sigma());
            double yMax = Math.max(maxVix * maxVix * 1e-4, intercept + weight * model.theta());
            // Below xLo the integrand is below E[Y] e^{x/2}: its integral 2 E[Y] e^{xLo/2} < 1e-17.
            double xLo = 2.0 * Math.log(5e-18 / yMax);
            // Above xHi the transform is below e^{-40} (b > 0), or has settled (b = 0).
            double xHi = intercept > 0.0 ? Math.min(Math.log(40.0 / intercept), 80.0) : 80.0;
            int n = (int) Math.ceil((xHi - xLo) / X_STEP) + 1;
            a = new double[n];
            b = new double[n];
            w = new double[n];
            for (int k = 0; k < n; k++) {
                double x = xLo + k * X_STEP;
                double lambda = Math.exp(x);
                double lac = lambda * weight * c;
                a[k] = -lambda * intercept - halfD * Math.log1p(2.0 * lac);
                b[k] = -decay * lambda * weight / (1.0 + 2.0 * lac);
                w[k] = X_STEP * Math.exp(-0.5 * x);
            }
            // The rule runs on over the infinite grid: beyond the last node the transform has
            // vanished (or settled), so the remaining nodes add h e^{-x/2} (1 - L) each, a
            // geometric series. (Cutting the rule there and adding the exact tail integral instead
            // would leave an O(h^2) end-point error.)
            double ratio = Math.exp(-0.5 * X_STEP);
            tailWeight = X_STEP * Math.exp(-0.5 * (xLo + n * X_STEP)) / (1.0 - ratio);
        }

        double future(double v) {
            double sum = 0.0;
            int n = a.length;
            for (int k = 0; k < n; k++) {
                sum -= w[k] * Math.expm1(a[k] + v * b[k]);
            }
            sum -= tailWeight * Math.expm1(a[n - 1] + v * b[n - 1]);
            return SCALE * sum;
        }
    }
}
