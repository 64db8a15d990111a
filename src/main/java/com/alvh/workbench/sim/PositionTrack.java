package com.alvh.workbench.sim;

/**
 * The equity position of one block of paths through a run, recorded once and replayed to every hedge
 * policy of a sweep: per step and path, the position's cash flows in the order they happened (at most
 * two a step: a settlement or close, then an opening), its mark, whether it is open, its max loss and
 * VIX sensitivity (what the layers' size rules read), and the positions opened so far. Valid when the
 * position does not depend on the hedges: its size is a number of contracts (a collateralised size
 * reads the account's equity, hedges included, and is not shared; see
 * {@link CampaignSimulation#sharesPosition()}).
 *
 * <p>Replaying adds the same flows to the account's cash in the same order, so the account is the one
 * the position computed live would give, bit for bit. Memory: about 45 bytes per path and step
 * (2.9 MB for 1,024 paths x 63 steps).
 */
public final class PositionTrack {

    final double[][] flowA;
    final double[][] flowB;
    final double[][] mark;
    final boolean[][] open;
    final double[][] maxLoss;
    final double[][] vixSensitivity;
    final int[][] trades;
    /** Which flow slot the current step of each path writes next. */
    private final int[] slot;
    private int step;

    PositionTrack(int steps, int paths) {
        flowA = new double[steps + 1][paths];
        flowB = new double[steps + 1][paths];
        mark = new double[steps + 1][paths];
        open = new boolean[steps + 1][paths];
        maxLoss = new double[steps + 1][paths];
        vixSensitivity = new double[steps + 1][paths];
        trades = new int[steps + 1][paths];
        slot = new int[paths];
    }

    /** Starts recording step {@code s}. */
    void beginStep(int s) {
        step = s;
        java.util.Arrays.fill(slot, 0);
    }

    /** Records a cash flow of path {@code i} at the current step (USD, as added to cash). */
    void flow(int i, double amount) {
        if (slot[i] == 0) {
            flowA[step][i] = amount;
        } else if (slot[i] == 1) {
            flowB[step][i] = amount;
        } else {
            throw new IllegalStateException("more than two position cash flows on one step");
        }
        slot[i]++;
    }

    /** Paths in the block. */
    public int paths() {
        return slot.length;
    }

    /** Bytes a track of {@code paths} paths and {@code steps} steps holds, about. */
    public static long bytes(long paths, int steps) {
        return paths * (steps + 1L) * (5L * Double.BYTES + 1 + Integer.BYTES);
    }
}
