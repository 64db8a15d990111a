package com.alvh.workbench.defi;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The volatility an option market quotes on a crypto asset, by regime: a forecast of next month's
 * volatility that rises with last month's, fitted on the shipped ETH history.
 *
 * <p>Model: {@code ln RV_fwd = (1 - b) ln sigmaBar + b ln RV_past + e}, with {@code RV_past} the
 * realised volatility of the 30 daily log returns up to a day and {@code RV_fwd} of the next 30
 * (both annualised with 365 days, zero mean), so the forecast is {@code sigmaBar^(1-b) RV_past^b}: the
 * long-run level when realised is at it, a fraction {@code b} of any departure (in logs) carried into
 * the next month. {@link #fit} estimates {@code b} by least squares of {@code ln RV_fwd} on
 * {@code ln RV_past} over every day of the file (overlapping windows, for the point estimate) and
 * gives the standard error of the same regression on non-overlapping windows (every 30th day,
 * independent residuals), the honest uncertainty.
 */
public final class OptionVolRegime {

    /** Realised-vol window (days), also the DeFi engine's. */
    public static final int WINDOW = 30;

    private OptionVolRegime() {
    }

    /**
     * The forecast {@code sigmaBar^(1-b) RV^b}.
     *
     * @param longRunVol {@code sigmaBar} (&gt; 0)
     * @param realisedVol trailing realised volatility; NaN or not positive: the long-run level
     * @param persistence {@code b} in [0, 1]
     * @return the forecast volatility (decimal per sqrt year)
     */
    public static double forecast(double longRunVol, double realisedVol, double persistence) {
        if (!(realisedVol > 0) || persistence == 0.0) {
            return longRunVol;
        }
        return longRunVol * Math.pow(realisedVol / longRunVol, persistence);
    }

    /**
     * The fitted persistence.
     *
     * @param persistence {@code b}, slope of the overlapping-window regression
     * @param intercept its intercept {@code a}; {@code exp(a / (1 - b))} is the implied long-run level
     * @param standardError the slope's standard error on non-overlapping windows
     * @param windows overlapping windows used
     * @param independentWindows non-overlapping windows used for the standard error
     */
    public record Fit(double persistence, double intercept, double standardError, int windows, int independentWindows) {

        /** The long-run volatility the fit implies, {@code exp(a / (1 - b))}. */
        public double longRunVol() {
            return Math.exp(intercept / (1.0 - persistence));
        }
    }

    /**
     * Fits the persistence on the daily closes of a file with columns {@code date, close}
     * ({@code sample-data/eth_usd_daily.csv}).
     *
     * @throws IOException if the file cannot be read
     */
    public static Fit fit(Path csv) throws IOException {
        DefiData.Table t = DefiData.read(csv);
        int close = t.column("close");
        int n = t.rows().size();
        double[] r = new double[n - 1];
        double prev = DefiData.number(t.rows().get(0)[close]);
        for (int i = 1; i < n; i++) {
            double c = DefiData.number(t.rows().get(i)[close]);
            r[i - 1] = Math.log(c / prev);
            prev = c;
        }
        int m = r.length - 2 * WINDOW + 1;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int k = 0; k < m; k++) {
            int day = k + WINDOW; // the first forward return
            x[k] = Math.log(realised(r, day - WINDOW, day));
            y[k] = Math.log(realised(r, day, day + WINDOW));
        }
        double[] all = ols(x, y, 1);
        double[] independent = ols(x, y, WINDOW);
        return new Fit(all[1], all[0], independent[2], m, (int) independent[3]);
    }

    private static double realised(double[] r, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += r[i] * r[i];
        }
        return Math.sqrt(s / (to - from) * 365.0);
    }

    /** {intercept, slope, slope standard error, n} of y on x using every {@code stride}-th point. */
    private static double[] ols(double[] x, double[] y, int stride) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int k = 0; k < x.length; k += stride) {
            sx += x[k];
            sy += y[k];
            n++;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int k = 0; k < x.length; k += stride) {
            sxx += (x[k] - mx) * (x[k] - mx);
            sxy += (x[k] - mx) * (y[k] - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double rss = 0;
        for (int k = 0; k < x.length; k += stride) {
            double e = y[k] - a - b * x[k];
            rss += e * e;
        }
        return new double[] {a, b, Math.sqrt(rss / (n - 2) / sxx), n};
    }
}
