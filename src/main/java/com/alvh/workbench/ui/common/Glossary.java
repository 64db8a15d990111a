package com.alvh.workbench.ui.common;

/**
 * Short explanations of the method's terms, shown as tooltips wherever a term appears (labels,
 * column headers, buttons). One sentence or two each; the full story is in the docs.
 */
public enum Glossary {
    CONDOR("Iron condor", "Short an out-of-the-money put and call, long a put and a call further out, one expiry. "
            + "Collects a credit that is kept if SPX stays between the short strikes."),
    BREAK_EVEN("Break-even", "SPX level at expiry where the condor's P&L crosses zero: short put minus the credit, "
            + "short call plus the credit."),
    SPOT("Spot", "SPX now (index points). Moves the marker and the point where greeks and P&L now are read."),
    VIX_SHIFT("VIX shift", "What-if VIX above (or below) what the spot-vol rule gives at the spot (index points). "
            + "The skew model lifts the whole smile: higher at-the-money vol and a steeper put skew."),
    SPOT_VOL_RULE("Spot-vol rule", "How VIX moves with SPX in a what-if: VIX = VIX0 x (SPX / SPX0)^-elasticity, at "
            + "most 90. Elasticity 4 is the slope of weekly log-changes of VIX on those of SPX, 1990-2026 (daily 4.3, "
            + "monthly 3.1); 0 keeps VIX where it is."),
    DAYS_FORWARD("Days forward", "Calendar days after entry for the dashed T+n curve, the greeks and the P&L now. "
            + "At expiry the curve lands on the payoff."),
    DELTA("Delta", "Change in the position's value per 1-point rise in SPX (USD per point)."),
    GAMMA("Gamma", "Change in delta per 1-point rise in SPX (USD per point squared). Negative for a short condor."),
    VEGA("Vega", "Change in value per 1-point rise of VIX (USD per VIX point): for SPX options the skew model lifts "
            + "the smile, for VIX products the rise passes through the futures curve. Negative for a short condor, "
            + "positive for VIX calls."),
    THETA("Theta", "Change in value per calendar day that passes, all else equal (USD per day): the condor's "
            + "'temporal theta' income."),
    LAYER("Layer", "One hedge tranche: an instrument (VIX call, call spread, future, SPX put), a strike and size "
            + "rule, an entry trigger and an exit rule. Several layers each react to their own trigger band."),
    TRIGGER("Trigger", "The condition that switches a layer on: VIX level, VIX/VIX3M term structure, drawdown, "
            + "indicator or event ahead, or any/all of them."),
    RESERVE("Reserve (second engine)", "Capital held back, idle at a cost (its WACC), that deploys extra hedges "
            + "when a breach threshold is hit (portfolio drawdown or VIX level)."),
    STEWARD("Steward", "Preset: early triggers and conservative size; hedges before the storm."),
    PROMOTER("Promoter", "Preset: late triggers, yield first; hedges only once stress is visible."),
    STATIC("Static ratio", "'Loyalty': the same hedge always on, against the adaptive 'motion' of the layered policies."),
    VXTH("VXTH", "Cboe's VIX Tail Hedge rule: one-month 30-delta VIX calls weighted by the VIX future level."),
    VAR("VaR", "Value at risk: the loss exceeded on only (1 - level) of paths, e.g. 5 % for VaR 95 (USD, positive = loss)."),
    CVAR("CVaR", "Conditional VaR (expected shortfall): the mean loss on the worst (1 - level) of paths (USD)."),
    DRAWDOWN("Max drawdown", "Largest fall of equity from its running peak on a path (USD)."),
    RUIN("P(ruin)", "Fraction of paths ending with a " + com.alvh.workbench.sim.CampaignSummary.RUIN_DEFINITION + "."),
    HEDGE_COST("Hedge cost", "Premium, commissions and slippage paid for layers plus the reserve's idle cost, per path (USD)."),
    EQUITY("Equity", "Account value: capital plus realised and marked P&L of the condor and the layers (USD)."),
    PNL_TABLE("P&L table", "P&L (USD) of the whole position by days forward (rows) and SPX price (columns), at the "
            + "VIX shift set above.");

    private final String term;
    private final String explanation;

    Glossary(String term, String explanation) {
        this.term = term;
        this.explanation = explanation;
    }

    /** The term as shown. */
    public String term() {
        return term;
    }

    /** One or two sentences. */
    public String explanation() {
        return explanation;
    }

    /** "Term: explanation", the tooltip text. */
    public String tooltip() {
        return term + ": " + explanation;
    }
}
