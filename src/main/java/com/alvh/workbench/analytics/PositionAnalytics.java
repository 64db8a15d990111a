package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VolSurface;
import com.alvh.workbench.product.OptionStrategy;

import java.util.List;

/**
 * Credit, max profit and loss, break-evens, probability of profit and greeks of a
 * single-expiry SPX option strategy under a {@link MarketSnapshot} and a {@link SkewModel}.
 *
 * <p>Probability of profit: {@code P(PnL(S_T) > 0)} with the expiry P&amp;L of
 * {@link ExpiryProfile}. Under the skew the probability of finishing above {@code K} is the
 * Breeden-Litzenberger {@code P(S_T > K) = -e^{rT} dC/dK} of the model's own (skewed) call
 * prices ({@link SkewModel#probabilityAbove}); the lognormal variant uses {@code N(d2)} at the
 * ATM vol. Both are risk-neutral probabilities, not real-world forecasts.
 */
public final class PositionAnalytics {

    private PositionAnalytics() {
    }

    /**
     * All headline numbers at once.
     *
     * @param strategy the position (SPX legs, one expiry)
     * @param market the snapshot
     * @param skew the skew model
     * @return the summary
     */
    public static PositionSummary summarize(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        VolSurface surface = skew.surface(market);
        double entry = StrategyValuation.value(strategy, market, surface);
        ExpiryProfile expiry = new ExpiryProfile(strategy, entry);
        List<Greeks> legs = StrategyValuation.legGreeks(strategy, market, surface);
        Greeks total = Greeks.ZERO;
        for (Greeks g : legs) {
            total = total.plus(g);
        }
        return new PositionSummary(entry, -entry, expiry.maxProfit(), expiry.maxLoss(), expiry.breakEvens(),
                probabilityOfProfit(expiry, strategy, market, skew),
                probabilityOfProfit(expiry, strategy, market, SkewModel.flat(skew.atmRatio())),
                total, legs);
    }

    /**
     * The expiry P&amp;L of a position opened at its model value.
     *
     * @param strategy the position
     * @param market the snapshot
     * @param skew the skew model
     * @return the expiry profile with {@code V0} = model value
     */
    public static ExpiryProfile expiryProfile(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        return new ExpiryProfile(strategy, StrategyValuation.value(strategy, market, skew));
    }

    /**
     * Net premium received, {@code -V0} (USD).
     *
     * @param strategy the position
     * @param market the snapshot
     * @param skew the skew model
     * @return USD, positive for a credit
     */
    public static double credit(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        return -StrategyValuation.value(strategy, market, skew);
    }

    /**
     * Probability of profit under the skew model's risk-neutral distribution.
     *
     * @param strategy the position
     * @param market the snapshot
     * @param skew the skew model
     * @return a probability in [0, 1]
     */
    public static double probabilityOfProfit(OptionStrategy strategy, MarketSnapshot market, SkewModel skew) {
        return probabilityOfProfit(expiryProfile(strategy, market, skew), strategy, market, skew);
    }

    /**
     * Probability of profit under a lognormal terminal price at the skew model's ATM vol (the
     * entry value still comes from the skewed prices).
     *
     * @param strategy the position
     * @param market the snapshot
     * @param skew the skew model
     * @return a probability in [0, 1]
     */
    public static double probabilityOfProfitLognormal(OptionStrategy strategy, MarketSnapshot market,
                                                      SkewModel skew) {
        return probabilityOfProfit(expiryProfile(strategy, market, skew), strategy, market,
                SkewModel.flat(skew.atmRatio()));
    }

    private static double probabilityOfProfit(ExpiryProfile expiry, OptionStrategy strategy,
                                              MarketSnapshot market, SkewModel distribution) {
        double t = strategy.lastExpiry();
        double forward = market.forward(t);
        double vix = market.vix();
        return expiry.probabilityOfProfit(k -> distribution.probabilityAbove(forward, k, t, vix));
    }
}
