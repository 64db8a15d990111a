package com.alvh.workbench.sim;

import com.alvh.workbench.pricing.OptionType;

import java.util.List;

/**
 * An equity position as data: SPX option legs that open together with one expiry, the size of each
 * opening, and the management rules (take profit, stop, close before expiry, repeat). A campaign opens
 * it at the start and, with {@code repeat}, again after every close. Named shapes are in
 * {@link PositionPresets}.
 *
 * @param name a label for results and trade lists (non-blank)
 * @param legs one to {@value #MAX_LEGS} legs; a relative strike refers to a leg with a standalone
 *     strike rule, a {@code beyond} constraint to another leg of the same type
 * @param expiry days, or the SPX monthly cycle
 * @param size fixed contracts, or collateralised by the account
 * @param management take profit and stop (as fractions and multiples of the opening credit), close
 *     before expiry, repeat
 * @param settlement the SPX level the options settle at on their expiry day
 */
public record EquityPosition(String name, List<PositionLeg> legs, PositionExpiry expiry, PositionSize size,
                             CondorManagement management, Settlement settlement) {

    /** Most legs in one position. */
    public static final int MAX_LEGS = 12;

    public EquityPosition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (legs == null || legs.isEmpty() || legs.size() > MAX_LEGS) {
            throw new IllegalArgumentException("a position has 1 to " + MAX_LEGS + " legs, had "
                    + (legs == null ? 0 : legs.size()));
        }
        if (expiry == null || size == null || management == null || settlement == null) {
            throw new IllegalArgumentException("expiry, size, management and settlement are required");
        }
        legs = List.copyOf(legs);
        for (int j = 0; j < legs.size(); j++) {
            PositionLeg leg = legs.get(j);
            int ref = leg.strike().referenceLeg();
            if (ref >= 0) {
                if (ref >= legs.size() || ref == j) {
                    throw new IllegalArgumentException("legs[" + j + "].strike.leg must name another leg (0.."
                            + (legs.size() - 1) + "), was " + ref);
                }
                if (legs.get(ref).strike().referenceLeg() >= 0) {
                    throw new IllegalArgumentException("legs[" + j + "].strike.leg must name a leg whose strike is not "
                            + "itself relative; leg " + ref + "'s is");
                }
            }
            int b = leg.beyond();
            if (b >= 0) {
                if (b >= legs.size() || b == j) {
                    throw new IllegalArgumentException("legs[" + j + "].beyond must name another leg (0.."
                            + (legs.size() - 1) + "), was " + b);
                }
                if (legs.get(b).type() != leg.type()) {
                    throw new IllegalArgumentException("legs[" + j + "].beyond must name a leg of the same type ("
                            + leg.type() + "), leg " + b + " is a " + legs.get(b).type());
                }
            }
        }
        int days = expiry.typicalDays();
        if (expiry instanceof PositionExpiry.Days && management.closeAtDaysToExpiry() >= days) {
            throw new IllegalArgumentException("management.closeAtDaysToExpiry (" + management.closeAtDaysToExpiry()
                    + ") must be below the expiry's days (" + days + ")");
        }
        if (expiry instanceof PositionExpiry.Monthly && management.closeAtDaysToExpiry() >= 14) {
            throw new IllegalArgumentException("management.closeAtDaysToExpiry (" + management.closeAtDaysToExpiry()
                    + ") must be below 14 days on the monthly cycle (a position opened mid-month has two weeks or more)");
        }
    }

    /** A position of fixed contracts, settled at the close, with these legs. */
    public static EquityPosition of(String name, List<PositionLeg> legs, PositionExpiry expiry, double contracts,
                                    CondorManagement management) {
        return new EquityPosition(name, legs, expiry, new PositionSize.Contracts(contracts), management,
                Settlement.CLOSE);
    }

    /** The fixed contracts per trade, or NaN when the size is collateralised. */
    public double contracts() {
        return size instanceof PositionSize.Contracts c ? c.contracts() : Double.NaN;
    }

    /** Number of legs. */
    public int legCount() {
        return legs.size();
    }

    /** A copy with other legs. */
    public EquityPosition withLegs(List<PositionLeg> newLegs) {
        return new EquityPosition(name, newLegs, expiry, size, management, settlement);
    }

    /** A copy with another expiry. */
    public EquityPosition withExpiry(PositionExpiry newExpiry) {
        return new EquityPosition(name, legs, newExpiry, size, management, settlement);
    }

    /** A copy with another size. */
    public EquityPosition withSize(PositionSize newSize) {
        return new EquityPosition(name, legs, expiry, newSize, management, settlement);
    }

    /** A copy with other management rules. */
    public EquityPosition withManagement(CondorManagement newManagement) {
        return new EquityPosition(name, legs, expiry, size, newManagement, settlement);
    }

    /** A copy with another settlement. */
    public EquityPosition withSettlement(Settlement newSettlement) {
        return new EquityPosition(name, legs, expiry, size, management, newSettlement);
    }

    /** A copy with another name. */
    public EquityPosition withName(String newName) {
        return new EquityPosition(newName, legs, expiry, size, management, settlement);
    }

    /**
     * The position's value at expiry per unit, in index points, for settlement level {@code s}:
     * {@code sum quantity_j payoff_j(s)}, in leg order.
     *
     * @param strikes the legs' strikes (index points)
     * @param s the settlement level (index points)
     */
    public double unitPayoff(double[] strikes, double s) {
        double v = 0.0;
        for (int j = 0; j < legs.size(); j++) {
            PositionLeg leg = legs.get(j);
            v += leg.quantity() * (leg.type() == OptionType.CALL ? Math.max(s - strikes[j], 0.0)
                    : Math.max(strikes[j] - s, 0.0));
        }
        return v;
    }
}
