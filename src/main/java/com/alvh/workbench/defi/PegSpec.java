package com.alvh.workbench.defi;

/**
 * The price process of a stablecoin that can lose its peg. Two kinds of depeg jump, both
 * calibrated on the daily stablecoin history (see {@link StablecoinHistory} and docs/defi.md):
 * <ul>
 *   <li>a <b>run</b> (USDC, March 2023): the price jumps to {@code 1 - d}, {@code d} log-normal with
 *       median {@code runDepthMedian} and log-sd {@code runDepthLogStdev}, then the deviation from 1
 *       decays at {@code recoveryRate} per day;</li>
 *   <li>a <b>death spiral</b> (UST, May 2022): the price jumps to {@code deathFirstDay} and then
 *       loses {@code deathDailyLogDecay} of its log value every day, never recovering.</li>
 * </ul>
 * Between jumps the price sits at 1 with a small noise of {@code noise} per day (deviation decays at
 * the same recovery rate).
 *
 * @param runIntensity run depegs per year (&gt;= 0)
 * @param runDepthMedian median first-day depth {@code d} of a run (decimal in (0, 1))
 * @param runDepthLogStdev log-sd of the depth (&gt;= 0)
 * @param recoveryRate daily decay rate of the deviation from 1 after a run (per day, &gt;= 0)
 * @param deathIntensity death spirals per year (&gt;= 0)
 * @param deathFirstDay price the day a death spiral starts (decimal in (0, 1))
 * @param deathDailyLogDecay daily fall of the log price after that (per day, &gt;= 0)
 * @param noise daily noise of the price around the peg (decimal, &gt;= 0)
 * @param deathGivenRun probability that a run (a fall below 0.97) turns into a death spiral, as the
 *     market prices it once a depeg has started (in [0, 1]; {@link StablecoinHistory#deathGivenRun})
 */
public record PegSpec(double runIntensity, double runDepthMedian, double runDepthLogStdev, double recoveryRate,
                      double deathIntensity, double deathFirstDay, double deathDailyLogDecay, double noise,
                      double deathGivenRun) {

    public PegSpec {
        if (!(runIntensity >= 0) || !(runDepthMedian > 0 && runDepthMedian < 1) || !(runDepthLogStdev >= 0)
                || !(recoveryRate >= 0) || !(deathIntensity >= 0) || !(deathFirstDay > 0 && deathFirstDay < 1)
                || !(deathDailyLogDecay >= 0) || !(noise >= 0) || !(deathGivenRun >= 0 && deathGivenRun <= 1)) {
            throw new IllegalArgumentException("PegSpec has an invalid field: " + runIntensity + ", " + runDepthMedian
                    + ", " + runDepthLogStdev + ", " + recoveryRate + ", " + deathIntensity + ", " + deathFirstDay + ", "
                    + deathDailyLogDecay + ", " + noise + ", " + deathGivenRun);
        }
    }
}
