package com.alvh.workbench.chart;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.sim.CampaignSpec;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import com.alvh.workbench.sim.HestonMarketModel;
import com.alvh.workbench.sim.PolicyComparison;
import com.alvh.workbench.sim.ProgressListener;
import com.alvh.workbench.sim.SimulationSettings;
import com.alvh.workbench.sim.TradingCosts;
import java.util.List;

/**
 * Real simulation results for chart and report tests: a Heston market (v0 = 0.0256, kappa 4,
 * theta 0.04, xi 0.7, rho -0.7; SPX 5,000), a 45-day CNDR-delta condor campaign of 10 contracts on
 * USD 1,000,000, and three policies on common random numbers: Unhedged (the baseline), Steward
 * (the primary, hedged policy) and Promoter. Computed once per JVM and shared (read-only).
 */
public final class ResultsFixture {

    /** Default run: enough paths for smooth charts, quick on two cores. */
    public static final int PATHS = 2_000;
    public static final int STEPS = 126;
    public static final long SEED = 20240805L;

    public static final HestonModel HESTON = new HestonModel(0.0256, 4.0, 0.04, 0.7, -0.7);
    public static final double CAPITAL = 1_000_000;

    private static List<PolicyComparison.Entry> standard;

    private ResultsFixture() {
    }

    /** The three-policy comparison at {@link #PATHS} x {@link #STEPS}, seed {@link #SEED}. */
    public static synchronized List<PolicyComparison.Entry> comparison() {
        if (standard == null) {
            standard = run(PATHS, STEPS, SEED);
        }
        return standard;
    }

    /** A fresh comparison of Unhedged, Steward and Promoter (two threads, blocks of 500 paths). */
    public static List<PolicyComparison.Entry> run(int paths, int steps, long seed) {
        HestonMarketModel model = new HestonMarketModel(HESTON, 5000, 0.04, 0.013);
        CampaignSpec spec = new CampaignSpec(CondorRule.ByDelta.CNDR, 45, 10, CondorManagement.STANDARD,
                TradingCosts.DEFAULT, SkewModel.DEFAULT, 0.04, 0.013, 0.9, VixTermStructure.DEFAULT, CAPITAL,
                AlvhPolicy.unhedged());
        List<AlvhPolicy> policies = List.of(AlvhPolicy.unhedged(), PolicyPresets.steward(CAPITAL),
                PolicyPresets.promoter(CAPITAL));
        return PolicyComparison.run(model, spec, policies,
                new SimulationSettings(paths, steps, 1.0 / 252, seed, 2, 500), ProgressListener.NONE,
                new CancellationToken());
    }
}
