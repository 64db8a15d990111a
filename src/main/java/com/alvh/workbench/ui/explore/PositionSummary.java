package com.alvh.workbench.ui.explore;

import com.alvh.workbench.pricing.OptionType;
import java.util.List;
import java.util.Objects;

/**
 * What the side panel shows about a position: its legs and headline numbers. A view record: it
 * holds numbers already computed elsewhere and computes nothing itself.
 *
 * @param name a short title, e.g. "SPX iron condor"
 * @param description one line under the title (size, expiry, model)
 * @param legs the option legs, in display order
 * @param netCredit premium received at entry, net of premium paid (USD, &gt; 0 for a credit)
 * @param maxProfit largest P&amp;L at expiry (USD)
 * @param maxLoss largest loss at expiry as a positive amount (USD)
 * @param breakEvens expiry break-evens, ascending (index points)
 * @param spot the underlying price at entry (index points)
 * @param daysToExpiry calendar days to expiry at entry
 * @param pricingNote one or two sentences on how the numbers were priced (model, vol, rates)
 */
public record PositionSummary(String name, String description, List<Leg> legs, double netCredit,
                              double maxProfit, double maxLoss, double[] breakEvens, double spot,
                              int daysToExpiry, String pricingNote) {

    /**
     * One option leg.
     *
     * @param quantity signed number of contracts (&gt; 0 long, &lt; 0 short, never 0)
     * @param type call or put
     * @param strike strike (index points)
     * @param entryPrice model price per unit at entry (index points)
     * @param vol the volatility used to price it (decimal)
     */
    public record Leg(int quantity, OptionType type, double strike, double entryPrice, double vol) {
        public Leg {
            Objects.requireNonNull(type, "type");
            if (quantity == 0) {
                throw new IllegalArgumentException("quantity must not be 0");
            }
            if (!(strike > 0.0)) {
                throw new IllegalArgumentException("strike must be > 0, was " + strike);
            }
        }

        /** "Long" or "Short". */
        public String side() {
            return quantity > 0 ? "Long" : "Short";
        }
    }

    public PositionSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(breakEvens, "breakEvens");
        Objects.requireNonNull(pricingNote, "pricingNote");
        legs = List.copyOf(legs);
        breakEvens = breakEvens.clone();
        if (!(spot > 0.0)) {
            throw new IllegalArgumentException("spot must be > 0, was " + spot);
        }
        if (daysToExpiry < 0) {
            throw new IllegalArgumentException("daysToExpiry must be >= 0, was " + daysToExpiry);
        }
    }

    /** Expiry break-evens (a copy; index points). */
    @Override
    public double[] breakEvens() {
        return breakEvens.clone();
    }
}
