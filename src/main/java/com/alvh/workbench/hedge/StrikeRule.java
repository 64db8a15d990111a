package com.alvh.workbench.hedge;

/**
 * How a layer picks its strike when it enters. For VIX options the reference is the VIX future of
 * the layer's expiry; for SPX puts it is SPX spot.
 */
public sealed interface StrikeRule {

    /** A fixed strike (index points). */
    record Absolute(double strike) implements StrikeRule {
        public Absolute {
            if (!(strike > 0.0) || !Double.isFinite(strike)) {
                throw new IllegalArgumentException("Absolute.strike must be a positive number of index points, was " + strike);
            }
        }
    }

    /**
     * A strike {@code percent} above the reference (VIX future for VIX options; for SPX puts a
     * negative percent means below spot, e.g. -0.10 for a 10 % out-of-the-money put).
     */
    record PercentFromReference(double percent) implements StrikeRule {
        public PercentFromReference {
            if (!(percent > -1.0) || !Double.isFinite(percent)) {
                throw new IllegalArgumentException("PercentFromReference.percent must be > -1, was " + percent);
            }
        }
    }

    /** The strike whose delta is nearest {@code delta} in absolute value (e.g. 0.30 for a 30-delta call). */
    record Delta(double delta) implements StrikeRule {
        public Delta {
            if (!(delta > 0.0 && delta < 1.0)) {
                throw new IllegalArgumentException("Delta.delta must be in (0, 1), was " + delta);
            }
        }
    }
}
