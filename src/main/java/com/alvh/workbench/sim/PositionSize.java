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
     * max loss per unit)}, where the max loss per unit is the worst loss at expiry net of the credit (as
     * priced at mid). With {@code multiple} 1 the account exactly covers the position's worst case, as an
     * index such as Cboe's CNDR does with its Treasury-bill account; the position then grows and shrinks
     * with the account.
     *
     * @param maxLossMultiple account equity per USD of max loss (&gt;= 1, &lt;= 1000)
     */
    record Collateralised(double maxLossMultiple) implements PositionSize {
        public Collateralised {
            if (!(maxLossMultiple >= 1.0 && maxLossMultiple <= 1000.0)) {
                throw new IllegalArgumentException("maxLossMultiple must be in [1, 1000], was " + maxLossMultiple);
            }
        }
    }
}
