package com.alvh.workbench.ui.explore;

import com.alvh.workbench.ui.common.Formats;

import com.alvh.workbench.analytics.PayoffProfile;
import com.alvh.workbench.analytics.SampleScenarios;
import com.alvh.workbench.analytics.StrategyValuation;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.IronCondor;
import com.alvh.workbench.product.OptionLeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sample scenario the workbench opens on: the base CNDR iron condor of
 * {@link SampleScenarios}, turned into what the window shows. Prices nothing itself: the numbers
 * come from the analytics package.
 */
public final class SamplePosition {

    private SamplePosition() {
    }

    /** The payoff at expiry and at the default horizon. */
    public static PayoffProfile profile() {
        return SampleScenarios.baseProfile();
    }

    /** The side panel's view of the sample condor. */
    public static PositionSummary summary() {
        return summary(SampleScenarios.baseCondor(), SampleScenarios.baseMarket(), SampleScenarios.baseSkew(),
                "CNDR rule (20/5 delta)", SampleScenarios.DAYS_TO_EXPIRY);
    }

    /**
     * The side panel's view of a condor.
     *
     * @param condor the position
     * @param market its entry snapshot
     * @param skew the skew model
     * @param rule how the strikes were chosen, for the description
     * @param daysToExpiry calendar days to expiry
     */
    public static PositionSummary summary(IronCondor condor, MarketSnapshot market, SkewModel skew, String rule,
                                   int daysToExpiry) {
        com.alvh.workbench.analytics.PositionSummary numbers =
                com.alvh.workbench.analytics.PositionAnalytics.summarize(condor, market, skew);
        List<PositionSummary.Leg> legs = new ArrayList<>();
        for (OptionLeg leg : condor.legs()) {
            double vol = skew.vol(market.forward(leg.expiry()), leg.strike(), leg.expiry(), market.vix());
            legs.add(new PositionSummary.Leg((int) Math.round(leg.quantity()), leg.type(), leg.strike(),
                    StrategyValuation.unitPrice(leg, market, skew.surface(market)), vol));
        }
        String description = String.format(Locale.US,
                "%s \u00b7 %s contracts \u00b7 %d days to expiry \u00b7 PoP %.0f\u00a0%%", rule,
                Formats.points(condor.contracts()), daysToExpiry, 100 * numbers.probabilityOfProfit());
        String note = String.format(Locale.US,
                "Black-Scholes-Merton at SSVI skew vols tied to VIX %.0f, r\u00a0%.1f\u00a0%%, q\u00a0%.1f\u00a0%%. "
                        + "Dashed curve: marked to model %d days on, same strike vols. "
                        + "Greeks: delta %.1f $/pt, vega %,.0f $/vol pt, theta %,.0f $/day.",
                market.vix(), market.rate() * 100, market.dividendYield() * 100, SampleScenarios.HORIZON_DAYS,
                numbers.greeks().delta(), numbers.greeks().vega() / 100.0, numbers.greeks().theta() / 365.0);
        return new PositionSummary("SPX iron condor", description, legs, numbers.credit(), numbers.maxProfit(),
                numbers.maxLoss(), numbers.breakEvens(), market.spot(), daysToExpiry, note);
    }
}
