package com.alvh.workbench.analytics;

import com.alvh.workbench.pricing.Greeks;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The headline numbers of a position under a market snapshot and skew model.
 *
 * @param entryValue model value V0 at the snapshot (USD; negative for a credit position)
 * @param credit net premium received {@code -V0} (USD; negative if a debit is paid)
 * @param maxProfit largest expiry P&amp;L (USD; +inf if unbounded)
 * @param maxLoss largest expiry loss as a positive number (USD; +inf if unbounded)
 * @param breakEvens expiry break-even settlement prices, ascending (index points)
 * @param probabilityOfProfit P(expiry P&amp;L &gt; 0) under the skew model's risk-neutral
 *     distribution (Breeden-Litzenberger)
 * @param probabilityOfProfitLognormal the same under a lognormal at the ATM vol
 * @param greeks position greeks (USD units, see {@link StrategyValuation})
 * @param legGreeks greeks per leg, in leg order
 */
public record PositionSummary(double entryValue, double credit, double maxProfit, double maxLoss,
                              double[] breakEvens, double probabilityOfProfit,
                              double probabilityOfProfitLognormal, Greeks greeks, List<Greeks> legGreeks) {

    public PositionSummary {
        Objects.requireNonNull(breakEvens, "breakEvens");
        Objects.requireNonNull(greeks, "greeks");
        Objects.requireNonNull(legGreeks, "legGreeks");
        if (!(probabilityOfProfit >= 0.0 && probabilityOfProfit <= 1.0)) {
            throw new IllegalArgumentException("probabilityOfProfit must be in [0, 1], was " + probabilityOfProfit);
        }
        if (!(probabilityOfProfitLognormal >= 0.0 && probabilityOfProfitLognormal <= 1.0)) {
            throw new IllegalArgumentException("probabilityOfProfitLognormal must be in [0, 1], was "
                    + probabilityOfProfitLognormal);
        }
        breakEvens = breakEvens.clone();
        legGreeks = List.copyOf(legGreeks);
    }

    /** Break-evens (a copy; index points). */
    @Override
    public double[] breakEvens() {
        return breakEvens.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PositionSummary p
                && Double.compare(entryValue, p.entryValue) == 0 && Double.compare(credit, p.credit) == 0
                && Double.compare(maxProfit, p.maxProfit) == 0 && Double.compare(maxLoss, p.maxLoss) == 0
                && Arrays.equals(breakEvens, p.breakEvens)
                && Double.compare(probabilityOfProfit, p.probabilityOfProfit) == 0
                && Double.compare(probabilityOfProfitLognormal, p.probabilityOfProfitLognormal) == 0
                && greeks.equals(p.greeks) && legGreeks.equals(p.legGreeks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entryValue, credit, maxProfit, maxLoss, Arrays.hashCode(breakEvens),
                probabilityOfProfit, probabilityOfProfitLognormal, greeks, legGreeks);
    }

    @Override
    public String toString() {
        return "PositionSummary[credit=" + credit + ", maxProfit=" + maxProfit + ", maxLoss=" + maxLoss
                + ", breakEvens=" + Arrays.toString(breakEvens) + ", pop=" + probabilityOfProfit
                + ", popLognormal=" + probabilityOfProfitLognormal + ", greeks=" + greeks + "]";
    }
}
