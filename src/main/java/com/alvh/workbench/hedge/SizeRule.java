package com.alvh.workbench.hedge;

/** How many contracts a layer buys when it enters. */
public sealed interface SizeRule {

    /** A fixed number of contracts. */
    record Contracts(double contracts) implements SizeRule {
        public Contracts {
            if (!(contracts > 0.0) || !Double.isFinite(contracts)) {
                throw new IllegalArgumentException("Contracts.contracts must be > 0, was " + contracts);
            }
        }
    }

    /**
     * Spend {@code fraction} of the condor's maximum loss (USD) on premium: the hedge budget as a
     * share of what the condor can lose.
     */
    record FractionOfMaxLoss(double fraction) implements SizeRule {
        public FractionOfMaxLoss {
            if (!(fraction > 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("FractionOfMaxLoss.fraction must be in (0, 1], was " + fraction);
            }
        }
    }

    /** Buy vega equal to {@code ratio} times the condor's short vega (USD per vol point). */
    record VegaRatio(double ratio) implements SizeRule {
        public VegaRatio {
            if (!(ratio > 0.0) || !Double.isFinite(ratio)) {
                throw new IllegalArgumentException("VegaRatio.ratio must be > 0, was " + ratio);
            }
        }
    }

    /** Spend {@code fraction} of the account capital on premium (e.g. Cboe VXTH's 1 %). */
    record FractionOfCapital(double fraction) implements SizeRule {
        public FractionOfCapital {
            if (!(fraction > 0.0 && fraction <= 1.0)) {
                throw new IllegalArgumentException("FractionOfCapital.fraction must be in (0, 1], was " + fraction);
            }
        }
    }

    /** Spend a fixed premium budget (USD) per entry. */
    record CashBudget(double usd) implements SizeRule {
        public CashBudget {
            if (!(usd > 0.0) || !Double.isFinite(usd)) {
                throw new IllegalArgumentException("CashBudget.usd must be > 0, was " + usd);
            }
        }
    }
}
