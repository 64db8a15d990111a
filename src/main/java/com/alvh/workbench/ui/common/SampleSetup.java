package com.alvh.workbench.ui.common;

import com.alvh.workbench.analytics.SampleScenarios;
import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.sim.CampaignSpec;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import com.alvh.workbench.sim.HestonMarketModel;
import com.alvh.workbench.sim.MarketModel;
import com.alvh.workbench.sim.TradingCosts;
import java.util.List;

/**
 * The campaign the workbench runs until scenario files arrive: the sample condor's market (SPX
 * 5,000, VIX 16, r 4 %, q 1.3 %, default skew) traded as a CNDR 20/5-delta, 45-day, 10-lot
 * campaign with standard management and default costs on USD 1,000,000 of capital. The scenario
 * editor replaces this class: a loaded {@code Scenario} will supply the spec, model and policies.
 */
public final class SampleSetup {

    /** Account capital (USD). */
    public static final double CAPITAL = 1_000_000;

    /**
     * Heston parameters of the sample simulation: {@code v0 = 0.16^2} (VIX 16), mean reversion
     * 4 per year to a 20 % long-run vol, vol of variance 0.7, correlation -0.7. Illustrative
     * equity-index values (the engine's own tests use the same set), not a calibration.
     */
    public static final HestonModel HESTON = new HestonModel(0.0256, 4.0, 0.04, 0.7, -0.7);

    private SampleSetup() {
    }

    /** The campaign under {@code policy}. */
    public static CampaignSpec campaign(AlvhPolicy policy) {
        return new CampaignSpec(CondorRule.ByDelta.CNDR, SampleScenarios.DAYS_TO_EXPIRY, SampleScenarios.CONTRACTS,
                CondorManagement.STANDARD, TradingCosts.DEFAULT, SampleScenarios.baseSkew(), SampleScenarios.RATE,
                SampleScenarios.DIVIDEND_YIELD, MarketSnapshot.DEFAULT_VIX_OPTION_VOL, VixTermStructure.DEFAULT,
                CAPITAL, policy);
    }

    /** The Heston market the simulation draws paths from. */
    public static MarketModel marketModel() {
        return new HestonMarketModel(HESTON, SampleScenarios.SPOT, SampleScenarios.RATE,
                SampleScenarios.DIVIDEND_YIELD);
    }

    /**
     * The policies compared, in table order: the adaptive Steward first, then the unhedged
     * campaign, the Promoter, the static ratio ("loyalty") and Cboe's VXTH rule.
     */
    public static List<AlvhPolicy> comparedPolicies() {
        return List.of(PolicyPresets.steward(CAPITAL), AlvhPolicy.unhedged(), PolicyPresets.promoter(CAPITAL),
                PolicyPresets.staticRatio(), PolicyPresets.vxth());
    }
}
