package com.alvh.workbench.sim;

/** How many units of an equity position each opening trades. */
public sealed interface PositionSize {

    /**
     * The same number of units every time.
     *
     * @param contracts units of the position per trade (each leg trades its quantity times this), &gt; 0
     */
    record Contracts(double contracts) implements PositionSize {
        public Contracts {
            if (!(contracts > 0.0) || !Double.isFinite(contracts)) {
                throw new IllegalArgumentException("contracts must be > 0, was " + contracts);
            }
        }
    }

    /**
     * As many units as the account's equity covers: at each opening, {@code units = equity / (multiple x
     * worst loss per unit)}, where the worst loss per unit is the position's worst value at expiry before
     * the credit (a condor's widest spread; the debit of a position that cannot lose more). The position
     * grows and shrinks with the account. Cboe's CNDR holds its condors over a Treasury-bill account; with
     * {@code multiple} 10 a month that reaches the worst case loses the width less the credit, about 8.5 %
     * of the account, as the index did in May 2010 (-8.4 %) and January 2008 (docs/model.md, "A CNDR
     * replica").
     *
     * @param maxLossMultiple account equity per USD of worst loss (&gt;= 1, &lt;= 1000)
     */
    record Collateralised(double maxLossMultiple) implements PositionSize {
        public Collateralised {
            if (!(maxLossMultiple >= 1.0 && maxLossMultiple <= 1000.0)) {
                throw new IllegalArgumentException("maxLossMultiple must be in [1, 1000], was " + maxLossMultiple);
            }
        }
    }
}
