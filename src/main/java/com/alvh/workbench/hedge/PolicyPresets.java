package com.alvh.workbench.hedge;

import com.alvh.workbench.hedge.Trigger.AllOf;
import com.alvh.workbench.hedge.Trigger.AnyOf;
import com.alvh.workbench.hedge.Trigger.PortfolioDrawdownAbove;
import com.alvh.workbench.hedge.Trigger.SpxDrawdownAbove;
import com.alvh.workbench.hedge.Trigger.VixAbove;
import com.alvh.workbench.hedge.Trigger.VixFutureBetween;
import com.alvh.workbench.hedge.Trigger.VixRatioAbove;

import java.util.List;

/**
 * Ready-made policies, the ones the method compares: the Steward (early triggers, conservative
 * size), the Promoter (late triggers, yield first), the static hedge ratio ("loyalty", always the
 * same hedge, against the adaptive "motion"), and Cboe's VIX Tail Hedge rule as a published
 * reference. The thresholds and sizes of the first three are this project's modelling choices
 * (documented in docs/model.md), not quotations of the method.
 */
public final class PolicyPresets {

    /** Annual cost of idle reserve capital (its WACC) in the presets. */
    public static final double RESERVE_COST_RATE = 0.08;

    private PolicyPresets() {
    }

    /**
     * The Steward: a small always-on base layer, a regime layer that enters early (VIX above 18 or
     * the term structure flattening to 0.95), a tail layer of SPX puts, and a 5 % reserve that
     * deploys on a 5 % portfolio drawdown or VIX above 40.
     *
     * @param capital account capital (USD), to size the reserve
     */
    public static AlvhPolicy steward(double capital) {
        HedgeLayer base = new HedgeLayer("Base call spread", HedgeInstrumentKind.VIX_CALL_SPREAD,
                new StrikeRule.PercentFromReference(0.10), 10.0, 60, new SizeRule.FractionOfMaxLoss(0.01),
                new Trigger.Always(), new ExitRule(30, 0.5, Double.NaN, 20), true, 0);
        HedgeLayer regime = new HedgeLayer("Regime VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.Delta(0.30), 0, 45, new SizeRule.FractionOfMaxLoss(0.03),
                new AnyOf(List.of(new VixAbove(18), new VixRatioAbove(0.95))),
                new ExitRule(30, 0.5, 4.0, 10), true, 5);
        HedgeLayer tail = new HedgeLayer("Tail SPX puts", HedgeInstrumentKind.SPX_PUT,
                new StrikeRule.PercentFromReference(-0.10), 0, 30, new SizeRule.FractionOfMaxLoss(0.03),
                new AnyOf(List.of(new VixAbove(25), new SpxDrawdownAbove(0.05))),
                new ExitRule(35, 0.5, Double.NaN, 5), false, 5);
        return new AlvhPolicy("Steward", List.of(base, regime, tail), reserve(capital, 0.05,
                new AnyOf(List.of(new PortfolioDrawdownAbove(0.05), new VixAbove(40)))));
    }

    /**
     * The Promoter: no base layer; a regime layer only once VIX is above 25 and the term structure
     * is inverted, a far tail layer, and a 3 % reserve that waits for an 8 % drawdown.
     *
     * @param capital account capital (USD), to size the reserve
     */
    public static AlvhPolicy promoter(double capital) {
        HedgeLayer regime = new HedgeLayer("Late VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.Delta(0.20), 0, 30, new SizeRule.FractionOfMaxLoss(0.02),
                new AllOf(List.of(new VixAbove(25), new VixRatioAbove(1.0))),
                new ExitRule(40, 0.5, 5.0, 5), false, 10);
        HedgeLayer tail = new HedgeLayer("Far SPX puts", HedgeInstrumentKind.SPX_PUT,
                new StrikeRule.PercentFromReference(-0.15), 0, 30, new SizeRule.FractionOfMaxLoss(0.02),
                new AnyOf(List.of(new VixAbove(35), new SpxDrawdownAbove(0.10))),
                new ExitRule(45, 0.5, Double.NaN, 5), false, 10);
        return new AlvhPolicy("Promoter", List.of(regime, tail), reserve(capital, 0.03,
                new PortfolioDrawdownAbove(0.08)));
    }

    /**
     * The static hedge ratio ("loyalty"): 30-delta one-month VIX calls, always held and rolled at
     * expiry, sized to half the condor's VIX sensitivity; no triggers, no reserve.
     */
    public static AlvhPolicy staticRatio() {
        HedgeLayer always = new HedgeLayer("Static VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.Delta(0.30), 0, 30, new SizeRule.VegaRatio(0.5), new Trigger.Always(),
                ExitRule.HOLD, true, 0);
        return new AlvhPolicy("Static ratio", List.of(always), Reserve.NONE);
    }

    /**
     * Cboe's VIX Tail Hedge rule (VXTH, www.cboe.com/VXTH): one-month 30-delta VIX calls bought
     * monthly, weighted by the VIX future: none below 15, 1 % of the portfolio from 15 to 30,
     * 0.5 % from 30 to 50, none above 50. Here the weight is a share of account capital and the
     * band is read whenever the layer is flat (Cboe reads it on the monthly roll date only).
     */
    public static AlvhPolicy vxth() {
        HedgeLayer mid = new HedgeLayer("VXTH 1 %", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.30), 0, 30,
                new SizeRule.FractionOfCapital(0.01), new VixFutureBetween(15, 30, 30), ExitRule.HOLD, true, 0);
        HedgeLayer high = new HedgeLayer("VXTH 0.5 %", HedgeInstrumentKind.VIX_CALL, new StrikeRule.Delta(0.30), 0, 30,
                new SizeRule.FractionOfCapital(0.005), new VixFutureBetween(30, 50, 30), ExitRule.HOLD, true, 0);
        return new AlvhPolicy("VXTH", List.of(mid, high), Reserve.NONE);
    }

    private static Reserve reserve(double capital, double share, Trigger breach) {
        HedgeLayer deployment = new HedgeLayer("Reserve VIX calls", HedgeInstrumentKind.VIX_CALL,
                new StrikeRule.Delta(0.30), 0, 30, new SizeRule.FractionOfCapital(share),
                new Trigger.Always(), new ExitRule(50, 0.5, Double.NaN, 5), false, 0);
        return new Reserve(capital * share, RESERVE_COST_RATE, breach, deployment);
    }
}
