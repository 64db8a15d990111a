package com.alvh.workbench.scenario;

import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.pricing.HestonModel;

import java.time.LocalDate;

/** The market model a scenario runs on. */
public sealed interface ModelSpec {

    /** A one-line description for reports, e.g. {@code Heston (v0 0.0256, kappa 2.5, ...)}. */
    String describe();

    /** Heston stochastic volatility (Andersen QE), VIX from the variance. */
    record Heston(HestonModel heston) implements ModelSpec {
        public Heston {
            if (heston == null) {
                throw new IllegalArgumentException("heston parameters are required");
            }
        }

        @Override
        public String describe() {
            return "Heston (" + params(heston) + ")";
        }
    }

    /**
     * Heston fitted to the VIX history between two dates ({@code sim.HestonVixCalibration}).
     *
     * @param from first day of the fitting window
     * @param to last day of the fitting window
     * @param rho spot-variance correlation (not identified by VIX alone), in (-1, 1)
     */
    record CalibratedHeston(LocalDate from, LocalDate to, double rho) implements ModelSpec {
        public CalibratedHeston {
            dates(from, to);
            if (!(rho > -1.0 && rho < 1.0)) {
                throw new IllegalArgumentException("rho must be in (-1, 1), was " + rho);
            }
        }

        @Override
        public String describe() {
            return "Heston fitted to VIX " + from + " .. " + to + " (rho " + rho + ")";
        }
    }

    /**
     * Bates: Heston plus lognormal SPX jumps and optional exponential variance jumps.
     *
     * @param heston the diffusion
     * @param jumpIntensity jumps per year (&gt;= 0)
     * @param jumpMean mean log-jump (e.g. -0.05)
     * @param jumpVol standard deviation of the log-jump (&gt;= 0)
     * @param varianceJumpMean mean variance jump (per-year variance units, &gt;= 0)
     */
    record Bates(HestonModel heston, double jumpIntensity, double jumpMean, double jumpVol,
                 double varianceJumpMean) implements ModelSpec {
        public Bates {
            if (heston == null) {
                throw new IllegalArgumentException("heston parameters are required");
            }
        }

        @Override
        public String describe() {
            return "Bates (" + params(heston) + ", jumps " + jumpIntensity + "/yr, mean " + jumpMean + ", vol "
                    + jumpVol + ", variance jump " + varianceJumpMean + ")";
        }
    }

    /**
     * Geometric Brownian motion at a constant volatility (VIX stays at the starting level): a
     * baseline without volatility risk.
     *
     * @param vol annual volatility (decimal, &gt; 0)
     */
    record Gbm(double vol) implements ModelSpec {
        public Gbm {
            if (!(vol > 0.0) || !Double.isFinite(vol)) {
                throw new IllegalArgumentException("vol must be > 0, was " + vol);
            }
        }

        @Override
        public String describe() {
            return "Geometric Brownian motion (vol " + vol + ")";
        }
    }

    /**
     * Replay of real daily closes between two dates (one path).
     *
     * @param from first day
     * @param to last day
     * @param episode the named episode the dates came from, or null for a custom range
     */
    record Replay(LocalDate from, LocalDate to, HistoricalEpisode episode) implements ModelSpec {
        public Replay {
            dates(from, to);
        }

        /** The replay of a named episode. */
        public static Replay of(HistoricalEpisode episode) {
            return new Replay(episode.from(), episode.to(), episode);
        }

        @Override
        public String describe() {
            return "Historical replay " + from + " .. " + to + (episode == null ? "" : " (" + episode.label() + ")");
        }
    }

    /**
     * Stationary block bootstrap of the history between two dates, blocks started near the
     * current VIX level.
     *
     * @param from first day of the history sampled
     * @param to last day of the history sampled
     * @param meanBlockDays mean block length (trading days, &gt;= 1)
     * @param neighbours how many nearest-VIX days a new block may start from (&gt;= 1)
     */
    record Bootstrap(LocalDate from, LocalDate to, double meanBlockDays, int neighbours) implements ModelSpec {
        public Bootstrap {
            dates(from, to);
            if (!(meanBlockDays >= 1.0) || !Double.isFinite(meanBlockDays)) {
                throw new IllegalArgumentException("meanBlockDays must be >= 1, was " + meanBlockDays);
            }
            if (neighbours < 1) {
                throw new IllegalArgumentException("neighbours must be >= 1, was " + neighbours);
            }
        }

        @Override
        public String describe() {
            return "Block bootstrap of " + from + " .. " + to + " (mean block " + meanBlockDays + " days, "
                    + neighbours + " nearest-VIX start days)";
        }
    }

    private static String params(HestonModel h) {
        return "v0 " + h.v0() + ", kappa " + h.kappa() + ", theta " + h.theta() + ", sigma " + h.sigma()
                + ", rho " + h.rho();
    }

    private static void dates(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to dates are required");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to (" + to + ") must be after from (" + from + ")");
        }
    }
}
