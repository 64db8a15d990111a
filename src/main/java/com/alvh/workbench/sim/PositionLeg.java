package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.OptionType;

/**
 * One leg of an equity position: an SPX put or call, long or short, in a ratio to the position's
 * size, with its strike rule.
 *
 * @param type put or call
 * @param quantity signed contracts per unit of the position: &gt; 0 long, &lt; 0 short (non-zero,
 *     |quantity| &lt;= 1000); the position's size multiplies it
 * @param strike how the strike is chosen at each opening
 * @param beyond index (from 0) of a leg of the same type this leg must lie at least one listed strike
 *     beyond (further out of the money: below it for puts, above it for calls), e.g. a condor's wing and
 *     its short leg; -1 for none
 */
public record PositionLeg(OptionType type, double quantity, LegStrike strike, int beyond) {

    /** Most contracts per unit of the position in one leg. */
    public static final double MAX_QUANTITY = 1000.0;

    public PositionLeg {
        if (type == null || strike == null) {
            throw new IllegalArgumentException("type and strike are required");
        }
        if (!Double.isFinite(quantity) || quantity == 0.0 || Math.abs(quantity) > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be non-zero with |quantity| <= " + MAX_QUANTITY
                    + ", was " + quantity);
        }
        if (beyond < -1) {
            throw new IllegalArgumentException("beyond must be a leg index or -1, was " + beyond);
        }
    }

    /** A leg with no "beyond" constraint. */
    public PositionLeg(OptionType type, double quantity, LegStrike strike) {
        this(type, quantity, strike, -1);
    }

    /** A long put; see the record components. */
    public static PositionLeg longPut(LegStrike strike) {
        return new PositionLeg(OptionType.PUT, 1.0, strike);
    }

    /** A short put. */
    public static PositionLeg shortPut(LegStrike strike) {
        return new PositionLeg(OptionType.PUT, -1.0, strike);
    }

    /** A long call. */
    public static PositionLeg longCall(LegStrike strike) {
        return new PositionLeg(OptionType.CALL, 1.0, strike);
    }

    /** A short call. */
    public static PositionLeg shortCall(LegStrike strike) {
        return new PositionLeg(OptionType.CALL, -1.0, strike);
    }

    /** A copy that must lie beyond leg {@code leg}. */
    public PositionLeg beyond(int leg) {
        return new PositionLeg(type, quantity, strike, leg);
    }

    /** Whether this leg is short. */
    public boolean isShort() {
        return quantity < 0.0;
    }
}
