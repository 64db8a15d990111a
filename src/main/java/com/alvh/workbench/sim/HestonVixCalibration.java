package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.VixUnderHeston;

/**
 * Fits Heston parameters to daily VIX (and SPX) history by the method of moments on the model's
 * own VIX dynamics.
 *
 * <p>Under Heston {@code X = (VIX/100)^2 = a v + b} with {@code a = (1 - e^{-kappa tau})/(kappa tau)},
 * {@code b = theta (1 - a)}, {@code tau = 30/365}. Then {@code dX = kappa (theta - X) dt + a sigma sqrt(v) dW}:
 * X mean-reverts at the same speed to the same level as v. So:
 * <ol>
 *   <li>{@code kappa} and {@code theta} from the AR(1) regression {@code X_{t+1} = alpha + beta X_t + e}
 *       on daily data ({@code dt = 1/252}): {@code kappa = -ln(beta)/dt}, {@code theta = alpha/(1 - beta)};</li>
 *   <li>{@code sigma^2} from the residuals and the exact conditional variance of the CIR process:
 *       {@code Var(X_{t+dt} | v_t) = a^2 sigma^2 [v_t e^{-kappa dt}(1 - e^{-kappa dt})/kappa + theta (1 - e^{-kappa dt})^2/(2 kappa)]},
 *       so {@code sigma^2 = sum e^2 / sum a^2 [...]} with {@code v_t = max((X_t - b)/a, 0)};</li>
 *   <li>{@code rho} as the sample correlation of SPX log-returns with the residuals {@code e};</li>
 *   <li>{@code v0} from the last VIX of the window.</li>
 * </ol>
 * VIX is a risk-neutral expectation, so these are risk-neutral-flavoured parameters (the long-run
 * level includes the variance risk premium); that is what option marks on model paths need.
 */
public final class HestonVixCalibration {

    private HestonVixCalibration() {
    }

    /**
     * The fitted parameters and the fit's diagnostics.
     *
     * @param model the fitted Heston parameters
     * @param observations number of daily transitions used
     * @param arCoefficient beta of the AR(1) regression (daily persistence of VIX^2)
     * @param halfLifeDays {@code ln 2 / kappa} in trading days
     * @param fellerRatio {@code 2 kappa theta / sigma^2} (&gt;= 1: variance stays away from 0)
     */
    public record Fit(HestonModel model, int observations, double arCoefficient, double halfLifeDays,
                      double fellerRatio) {
    }

    /**
     * Fits on a history window.
     *
     * @param history daily closes (at least 60 days)
     * @param dt one trading day in years (1/252)
     * @return the fit
     * @throws IllegalArgumentException if the window is too short or VIX shows no mean reversion
     */
    public static Fit fit(MarketHistory history, double dt) {
        double[] spx = history.spxCloses();
        double[] vix = history.vixCloses();
        return fit(spx, vix, dt);
    }

    /**
     * Fits on daily series.
     *
     * @param spx SPX closes (index points)
     * @param vixCloses VIX closes (index points), same days
     * @param dt one step in years
     * @return the fit
     */
    public static Fit fit(double[] spx, double[] vixCloses, double dt) {
        int n = vixCloses.length;
        if (spx.length != n) {
            throw new IllegalArgumentException("spx and vix must have the same length, were " + spx.length + " and " + n);
        }
        if (n < 60) {
            throw new IllegalArgumentException("calibration needs at least 60 trading days, had " + n);
        }
        double[] x = new double[n];
        for (int t = 0; t < n; t++) {
            double vix = vixCloses[t] / 100.0;
            x[t] = vix * vix;
        }
        // 1. AR(1) by ordinary least squares.
        int m = n - 1;
        double meanX = 0;
        double meanY = 0;
        for (int t = 0; t < m; t++) {
            meanX += x[t];
            meanY += x[t + 1];
        }
        meanX /= m;
        meanY /= m;
        double sxx = 0;
        double sxy = 0;
        for (int t = 0; t < m; t++) {
            sxx += (x[t] - meanX) * (x[t] - meanX);
            sxy += (x[t] - meanX) * (x[t + 1] - meanY);
        }
        double beta = sxy / sxx;
        double alpha = meanY - beta * meanX;
        if (!(beta > 0.0 && beta < 1.0)) {
            throw new IllegalArgumentException("VIX^2 shows no mean reversion in this window (AR(1) beta = "
                    + beta + "); choose a longer window");
        }
        double kappa = -Math.log(beta) / dt;
        double theta = alpha / (1.0 - beta);
        double a = VixUnderHeston.varianceWeight(kappa, VixUnderHeston.TAU);
        double b = theta * (1.0 - a);
        // 2. vol of vol from residuals against the CIR conditional variance.
        double decay = Math.exp(-kappa * dt);
        double sumResidual2 = 0;
        double sumVarianceUnit = 0;
        double[] residual = new double[m];
        for (int t = 0; t < m; t++) {
            residual[t] = x[t + 1] - alpha - beta * x[t];
            sumResidual2 += residual[t] * residual[t];
            double v = Math.max((x[t] - b) / a, 0.0);
            sumVarianceUnit += a * a * (v * decay * (1.0 - decay) / kappa
                    + theta * (1.0 - decay) * (1.0 - decay) / (2.0 * kappa));
        }
        double sigma = Math.sqrt(sumResidual2 / sumVarianceUnit);
        // 3. correlation of SPX log-returns with the variance innovations.
        double meanR = 0;
        double meanE = 0;
        double[] r = new double[m];
        for (int t = 0; t < m; t++) {
            r[t] = Math.log(spx[t + 1] / spx[t]);
            meanR += r[t];
            meanE += residual[t];
        }
        meanR /= m;
        meanE /= m;
        double srr = 0;
        double see = 0;
        double sre = 0;
        for (int t = 0; t < m; t++) {
            srr += (r[t] - meanR) * (r[t] - meanR);
            see += (residual[t] - meanE) * (residual[t] - meanE);
            sre += (r[t] - meanR) * (residual[t] - meanE);
        }
        double rho = Math.max(-0.999, Math.min(0.999, sre / Math.sqrt(srr * see)));
        double v0 = Math.max((x[n - 1] - b) / a, 1e-6);
        HestonModel model = new HestonModel(v0, kappa, theta, sigma, rho);
        return new Fit(model, m, beta, Math.log(2.0) / kappa / dt, 2.0 * kappa * theta / (sigma * sigma));
    }
}
