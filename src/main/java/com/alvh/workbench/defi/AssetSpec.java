package com.alvh.workbench.defi;

/**
 * One simulated crypto asset: a jump-diffusion (geometric Brownian motion plus Merton log-normal
 * jumps) with an extra jump component for governance votes, and a traded volume for fee income.
 *
 * @param name label (e.g. "ETH", "ARB", "GOV")
 * @param spot price at step 0 (USD, &gt; 0)
 * @param drift real-world drift of the log price before jump compensation (per year, decimal)
 * @param vol diffusive volatility (per sqrt year, decimal, &gt;= 0)
 * @param jumpIntensity market jumps per year (&gt;= 0)
 * @param jumpMean mean log jump size (decimal; -0.10 for a 10 % average drop)
 * @param jumpStdev standard deviation of the log jump (&gt;= 0)
 * @param voteIntensity governance votes per year whose outcome moves the price (&gt;= 0; 0 for none)
 * @param voteStdev standard deviation of the log jump on a vote (mean 0; &gt;= 0)
 * @param dailyVolumeUsd pool volume on a quiet day (USD per day, &gt;= 0); a day's volume is this
 *     times {@code 1 + volumeBeta |log return| / (vol sqrt(dt))} (more trading on big moves)
 */
public record AssetSpec(String name, double spot, double drift, double vol, double jumpIntensity, double jumpMean,
                        double jumpStdev, double voteIntensity, double voteStdev, double dailyVolumeUsd) {

    public AssetSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("AssetSpec.name must not be blank");
        }
        check(name, "spot", spot, spot > 0.0);
        check(name, "drift", drift, Double.isFinite(drift));
        check(name, "vol", vol, vol >= 0.0);
        check(name, "jumpIntensity", jumpIntensity, jumpIntensity >= 0.0);
        check(name, "jumpMean", jumpMean, Double.isFinite(jumpMean));
        check(name, "jumpStdev", jumpStdev, jumpStdev >= 0.0);
        check(name, "voteIntensity", voteIntensity, voteIntensity >= 0.0);
        check(name, "voteStdev", voteStdev, voteStdev >= 0.0);
        check(name, "dailyVolumeUsd", dailyVolumeUsd, dailyVolumeUsd >= 0.0);
    }

    /** A plain jump-diffusion asset without governance votes. */
    public static AssetSpec of(String name, double spot, double drift, double vol, double jumpIntensity, double jumpMean,
                               double jumpStdev, double dailyVolumeUsd) {
        return new AssetSpec(name, spot, drift, vol, jumpIntensity, jumpMean, jumpStdev, 0.0, 0.0, dailyVolumeUsd);
    }

    /**
     * Total variance per year of the log return, diffusion plus both jump components: the figure
     * option marks use as their implied variance.
     */
    public double totalVariance() {
        return vol * vol + jumpIntensity * (jumpMean * jumpMean + jumpStdev * jumpStdev) + voteIntensity * voteStdev * voteStdev;
    }

    private static void check(String name, String field, double v, boolean ok) {
        if (!ok || Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("AssetSpec '" + name + "'." + field + " is invalid: " + v);
        }
    }
}
