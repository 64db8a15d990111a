package com.alvh.workbench.sim;

/**
 * How one leg of an equity position picks its strike when the position opens. Strikes are rounded
 * to SPX's listed grid ({@link PositionBook#SPX_STRIKE_STEP} points).
 */
public sealed interface LegStrike {

    /**
     * By Black-Scholes spot delta at the skew's vol for the strike, as Cboe's CNDR picks its legs.
     *
     * @param delta |delta| of the leg, in (0, 1) (a put's delta is {@code -delta})
     */
    record Delta(double delta) implements LegStrike {
        public Delta {
            if (!(delta > 0.0 && delta < 1.0)) {
                throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
            }
        }
    }

    /**
     * A fraction of spot away from spot: strike {@code S (1 + percent)}.
     *
     * @param percent e.g. -0.05 for 5 % below spot, 0 for at the money; in (-1, 10)
     */
    record PercentFromSpot(double percent) implements LegStrike {
        public PercentFromSpot {
            if (!(percent > -1.0 && percent < 10.0)) {
                throw new IllegalArgumentException("percent must be in (-1, 10), was " + percent);
            }
        }
    }

    /**
     * A fixed strike.
     *
     * @param strike index points (&gt; 0)
     */
    record Absolute(double strike) implements LegStrike {
        public Absolute {
            if (!(strike > 0.0) || !Double.isFinite(strike)) {
                throw new IllegalArgumentException("strike must be > 0, was " + strike);
            }
        }
    }

    /**
     * A fraction of spot away from another leg's (rounded) strike: {@code K_leg + percent S}, and at
     * least one listed strike away from it in the direction of {@code percent} (a wing never lands on
     * its short leg).
     *
     * @param leg index (from 0) of a leg whose strike rule is not itself relative
     * @param percent e.g. -0.03 for 3 % of spot below that leg; non-zero, in (-1, 1)
     */
    record PercentFromLeg(int leg, double percent) implements LegStrike {
        public PercentFromLeg {
            if (leg < 0) {
                throw new IllegalArgumentException("leg must be >= 0, was " + leg);
            }
            if (!(percent > -1.0 && percent < 1.0) || percent == 0.0) {
                throw new IllegalArgumentException("percent must be non-zero and in (-1, 1), was " + percent);
            }
        }
    }

    /**
     * A number of index points away from another leg's (rounded) strike, at least one listed strike
     * away from it.
     *
     * @param leg index (from 0) of a leg whose strike rule is not itself relative
     * @param points e.g. -50 for 50 points below that leg; non-zero, finite
     */
    record PointsFromLeg(int leg, double points) implements LegStrike {
        public PointsFromLeg {
            if (leg < 0) {
                throw new IllegalArgumentException("leg must be >= 0, was " + leg);
            }
            if (!Double.isFinite(points) || points == 0.0) {
                throw new IllegalArgumentException("points must be non-zero and finite, was " + points);
            }
        }
    }

    /** The leg this strike is measured from, or -1 if it stands alone. */
    default int referenceLeg() {
        if (this instanceof PercentFromLeg p) {
            return p.leg();
        }
        if (this instanceof PointsFromLeg p) {
            return p.leg();
        }
        return -1;
    }
}
