package com.alvh.workbench.sim;

/** How the campaign picks a new condor's strikes when it opens one. */
public sealed interface CondorRule {

    /**
     * By delta, as Cboe's CNDR index does (20-delta shorts, 5-delta longs), at the skew's vol for
     * each strike, rounded to SPX's 5-point grid.
     *
     * @param shortDelta |delta| of the short legs, in (0, 0.5)
     * @param longDelta |delta| of the long legs, in (0, shortDelta)
     */
    record ByDelta(double shortDelta, double longDelta) implements CondorRule {
        /** Cboe CNDR: 20-delta short legs, 5-delta long legs. */
        public static final ByDelta CNDR = new ByDelta(0.20, 0.05);

        public ByDelta {
            if (!(shortDelta > 0.0 && shortDelta < 0.5)) {
                throw new IllegalArgumentException("ByDelta.shortDelta must be in (0, 0.5), was " + shortDelta);
            }
            if (!(longDelta > 0.0 && longDelta < shortDelta)) {
                throw new IllegalArgumentException("ByDelta.longDelta must be in (0, shortDelta), was " + longDelta);
            }
        }
    }

    /**
     * By distance from spot: shorts {@code shortPercent} away, wings {@code wingPercent} further.
     *
     * @param shortPercent e.g. 0.05 for shorts 5 % out of the money (&gt;= 0)
     * @param wingPercent e.g. 0.03 for wings 3 % of spot wide (&gt; 0)
     */
    record ByDistancePercent(double shortPercent, double wingPercent) implements CondorRule {
        public ByDistancePercent {
            if (!(shortPercent >= 0.0 && shortPercent < 0.5)) {
                throw new IllegalArgumentException("ByDistancePercent.shortPercent must be in [0, 0.5), was " + shortPercent);
            }
            if (!(wingPercent > 0.0 && wingPercent < 0.5)) {
                throw new IllegalArgumentException("ByDistancePercent.wingPercent must be in (0, 0.5), was " + wingPercent);
            }
        }
    }
}
