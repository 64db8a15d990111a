package com.alvh.workbench.defi;

/**
 * Market terms of the DeFi hedge instruments.
 *
 * @param fundingRate funding paid by a perp short per year on its notional (decimal; 0.10 = 10 %/yr,
 *     the bull-market average of ETH perps; negative means shorts receive)
 * @param volMarkup implied over model volatility for asset puts (e.g. 1.10: options trade 10 % rich)
 * @param slippage half-spread paid on every hedge trade, as a fraction of the instrument's value
 *     (puts) or notional (perps, 0.0005 = 5 bp)
 * @param coverLoading price of claims or depeg cover over its expected payout (e.g. 1.5)
 */
public record HedgeTerms(double fundingRate, double volMarkup, double slippage, double coverLoading) {

    /** Defaults: 10 %/yr funding, puts 10 % rich, 5 bp slippage, cover at 1.5x expected loss. */
    public static final HedgeTerms DEFAULT = new HedgeTerms(0.10, 1.10, 0.0005, 1.5);

    public HedgeTerms {
        if (!Double.isFinite(fundingRate) || !(volMarkup > 0) || !(slippage >= 0 && slippage < 0.5) || !(coverLoading >= 1.0)) {
            throw new IllegalArgumentException("HedgeTerms invalid: fundingRate " + fundingRate + ", volMarkup " + volMarkup
                    + ", slippage " + slippage + ", coverLoading " + coverLoading);
        }
    }
}
