package com.alvh.workbench.defi;

/**
 * Market terms of the DeFi hedge instruments: what options, perps and cover cost, and when cover is
 * not sold at all.
 *
 * <p><b>Option vol by regime.</b> Asset puts are marked at
 * {@code volMarkup x sigmaBar^(1 - volPersistence) x RV^volPersistence}, {@code sigmaBar} the asset's
 * long-run volatility and {@code RV} its trailing 30-day realised volatility (before 30 days of history,
 * {@code volMarkup x sigmaBar}): the market's forecast of the next month's volatility rises with the
 * last month's, with the elasticity fitted on the ETH history ({@link OptionVolRegime#fit}), and sells it
 * at a markup (the variance risk premium).
 *
 * @param fundingRate perpetual funding per year on the notional, positive when longs pay shorts (the
 *     usual sign: the perp trades above spot), so a perp short receives it; negative when shorts pay
 *     (decimal; 0.185 = the mean of Binance ETHUSDT 2020-2023, {@link DefiCalibration#PERP_FUNDING_RATE})
 * @param volMarkup implied over forecast volatility for asset puts (e.g. 1.10: options trade 10 % rich)
 * @param volPersistence elasticity of the forecast to realised volatility, in [0, 1] (0: the long-run vol
 *     whatever the regime, as before issue 15; {@link DefiCalibration#IMPLIED_VOL_PERSISTENCE} fitted on ETH)
 * @param slippage half-spread paid on every hedge trade, as a fraction of the instrument's value
 *     (puts) or notional (perps, 0.0005 = 5 bp)
 * @param coverLoading price of claims, protocol or depeg cover over its expected payout (e.g. 1.5)
 * @param pegCoverWithdrawnAt peg deviation {@code 1 - p} at or above which no one sells depeg cover (a
 *     depeg in progress is not insurable: 0.03, the run threshold of the calibration); at least 0
 * @param coverApproval probability a protocol-cover claim is approved (in [0, 1]; 0.8, an assumption:
 *     claims assessors reject some claims on exclusions and definitions)
 * @param coverDelayDays days from an exploit to a protocol-cover payout (&gt;= 0; 14, an assumption: filing,
 *     assessment and payout)
 */
public record HedgeTerms(double fundingRate, double volMarkup, double volPersistence, double slippage, double coverLoading,
                         double pegCoverWithdrawnAt, double coverApproval, double coverDelayDays) {

    /**
     * Defaults: funding at the ETHUSDT history's mean (shorts receive it), puts at 1.10 x a forecast
     * with ETH's fitted persistence, 5 bp slippage, cover at 1.5 x expected loss, depeg cover withdrawn
     * once the peg is 3 % off.
     */
    public static final HedgeTerms DEFAULT = new HedgeTerms(DefiCalibration.PERP_FUNDING_RATE, 1.10,
            DefiCalibration.IMPLIED_VOL_PERSISTENCE, 0.0005, 1.5, 0.03, 0.8, 14.0);

    public HedgeTerms {
        if (!Double.isFinite(fundingRate) || !(volMarkup > 0) || !Double.isFinite(volMarkup)
                || !(volPersistence >= 0 && volPersistence <= 1) || !(slippage >= 0 && slippage < 0.5)
                || !(coverLoading >= 1.0) || !Double.isFinite(coverLoading) || !(pegCoverWithdrawnAt >= 0)
                || !(coverApproval >= 0 && coverApproval <= 1) || !(coverDelayDays >= 0) || !Double.isFinite(coverDelayDays)) {
            throw new IllegalArgumentException("HedgeTerms invalid: fundingRate " + fundingRate + ", volMarkup " + volMarkup
                    + ", volPersistence " + volPersistence + ", slippage " + slippage + ", coverLoading " + coverLoading
                    + ", pegCoverWithdrawnAt " + pegCoverWithdrawnAt + ", coverApproval " + coverApproval + ", coverDelayDays "
                    + coverDelayDays);
        }
    }

    /** A copy with another funding rate (per year, positive when longs pay shorts). */
    public HedgeTerms withFundingRate(double rate) {
        return new HedgeTerms(rate, volMarkup, volPersistence, slippage, coverLoading, pegCoverWithdrawnAt, coverApproval,
                coverDelayDays);
    }

    /** A copy with other protocol-cover claim terms. */
    public HedgeTerms withCover(double approval, double delayDays) {
        return new HedgeTerms(fundingRate, volMarkup, volPersistence, slippage, coverLoading, pegCoverWithdrawnAt, approval,
                delayDays);
    }

    /**
     * The implied volatility asset puts trade at.
     *
     * @param longRunVol the asset's long-run volatility {@code sigmaBar} (decimal per sqrt year, &gt; 0)
     * @param realisedVol trailing 30-day realised volatility (decimal), NaN before a month of history
     * @return {@code volMarkup x sigmaBar^(1 - b) x RV^b}, or {@code volMarkup x sigmaBar} without RV
     */
    public double impliedVol(double longRunVol, double realisedVol) {
        return volMarkup * OptionVolRegime.forecast(longRunVol, realisedVol, volPersistence);
    }
}
