package com.alvh.workbench.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary of one block of paths, as both engines produce it, and the one combination of the
 * blocks into a {@link CampaignResult}. Arrays are owned by the summary (not copied).
 *
 * @param pnl terminal P&amp;L per path (USD)
 * @param maxDrawdown max drawdown per path (USD)
 * @param stepsUnderWater steps below the running peak per path
 * @param hedgeCost hedge premiums and reserve idle cost per path (USD)
 * @param condorTrades condors opened per path
 * @param reserveDeployed whether the reserve deployed, per path
 * @param layerPaid per layer and step, paid over the block's paths (USD)
 * @param layerReceived per layer and step, received over the block's paths (USD)
 * @param layerFinalValue per layer, the final mark of what is held, over the block's paths (USD)
 * @param layerEntries per layer and step, entries over the block's paths
 * @param layerPathsEntered per layer, the block's paths on which it ever entered
 * @param fanEquity equity {@code [step][path]} of the block's paths that feed the fan (may be empty)
 * @param samples the block's paths kept in full
 * @param trades the trades of the run's first path, if it is in this block (else empty)
 */
public record CampaignBlock(double[] pnl, double[] maxDrawdown, int[] stepsUnderWater, double[] hedgeCost,
                            int[] condorTrades, boolean[] reserveDeployed, double[][] layerPaid, double[][] layerReceived,
                            double[] layerFinalValue, int[][] layerEntries, int[] layerPathsEntered, double[][] fanEquity,
                            List<CampaignResult.SamplePath> samples, List<Trade> trades) {

    /** A block that logs no trades. */
    public CampaignBlock(double[] pnl, double[] maxDrawdown, int[] stepsUnderWater, double[] hedgeCost,
                         int[] condorTrades, boolean[] reserveDeployed, double[][] layerPaid, double[][] layerReceived,
                         double[] layerFinalValue, int[][] layerEntries, int[] layerPathsEntered, double[][] fanEquity,
                         List<CampaignResult.SamplePath> samples) {
        this(pnl, maxDrawdown, stepsUnderWater, hedgeCost, condorTrades, reserveDeployed, layerPaid, layerReceived,
                layerFinalValue, layerEntries, layerPathsEntered, fanEquity, samples, List.of());
    }

    /** Percentiles of the equity fan. */
    public static final double[] FAN_PERCENTILES = {5, 25, 50, 75, 95};

    /**
     * Combines the blocks of a run, in block order: per-path arrays concatenated, per-layer cash
     * flows and entries summed, the equity fan's percentiles taken per step over the fan's paths
     * (the {@code ceil(p n)}-th smallest value), sample paths appended.
     *
     * @param policyName the policy's name
     * @param steps steps in the run
     * @param capital account capital (USD)
     * @param layerNames the layers' names
     * @param fanSample how many paths (the first) feed the fan
     * @param blocks the block summaries in ascending block order
     * @return the result of the run
     */
    public static CampaignResult combine(String policyName, int steps, double capital, List<String> layerNames,
                                         int fanSample, List<CampaignBlock> blocks) {
        int paths = blocks.stream().mapToInt(b -> b.pnl.length).sum();
        int layerCount = layerNames.size();
        double[] pnl = new double[paths];
        double[] maxDd = new double[paths];
        int[] under = new int[paths];
        double[] hedgeCost = new double[paths];
        int[] trades = new int[paths];
        boolean[] reserveDeployed = new boolean[paths];
        double[][] paid = new double[layerCount][steps + 1];
        double[][] received = new double[layerCount][steps + 1];
        double[] finalValue = new double[layerCount];
        int[][] entriesByStep = new int[layerCount][steps + 1];
        int[] pathsEntered = new int[layerCount];
        int fanCount = Math.min(fanSample, paths);
        double[][] fanEquity = new double[steps + 1][fanCount];
        List<CampaignResult.SamplePath> samples = new ArrayList<>();
        List<Trade> tradeList = new ArrayList<>();
        int at = 0;
        int fanAt = 0;
        for (CampaignBlock b : blocks) {
            int n = b.pnl.length;
            System.arraycopy(b.pnl, 0, pnl, at, n);
            System.arraycopy(b.maxDrawdown, 0, maxDd, at, n);
            System.arraycopy(b.stepsUnderWater, 0, under, at, n);
            System.arraycopy(b.hedgeCost, 0, hedgeCost, at, n);
            System.arraycopy(b.condorTrades, 0, trades, at, n);
            System.arraycopy(b.reserveDeployed, 0, reserveDeployed, at, n);
            at += n;
            for (int l = 0; l < layerCount; l++) {
                finalValue[l] += b.layerFinalValue[l];
                pathsEntered[l] += b.layerPathsEntered[l];
                for (int t = 0; t <= steps; t++) {
                    paid[l][t] += b.layerPaid[l][t];
                    received[l][t] += b.layerReceived[l][t];
                    entriesByStep[l][t] += b.layerEntries[l][t];
                }
            }
            int fanHere = b.fanEquity.length == 0 ? 0 : b.fanEquity[0].length;
            for (int t = 0; t <= steps && fanHere > 0; t++) {
                System.arraycopy(b.fanEquity[t], 0, fanEquity[t], fanAt, fanHere);
            }
            fanAt += fanHere;
            samples.addAll(b.samples);
            tradeList.addAll(b.trades);
        }
        double[][] fan = new double[FAN_PERCENTILES.length][steps + 1];
        for (int t = 0; t <= steps; t++) {
            double[] values = fanEquity[t];
            int from = 0;
            // Ascending percentiles: each selection partitions the array, so the next one searches
            // only above the previous order statistic (no full sort).
            for (int p = 0; p < FAN_PERCENTILES.length; p++) {
                int k = rank(FAN_PERCENTILES[p], fanCount);
                fan[p][t] = select(values, from, fanCount, k);
                from = k;
            }
        }
        return new CampaignResult(policyName, paths, steps, capital, pnl, maxDd, under, hedgeCost, trades, reserveDeployed,
                List.copyOf(layerNames), paid, received, finalValue, entriesByStep, pathsEntered, FAN_PERCENTILES.clone(), fan,
                fanCount, List.copyOf(samples), List.copyOf(tradeList));
    }

    /**
     * The 0-based index of the {@code percentile}-th percentile among {@code count} sorted values:
     * {@code max(1, ceil(p count / 100)) - 1}.
     */
    public static int rank(double percentile, int count) {
        return Math.max(1, (int) Math.ceil(percentile / 100.0 * count - 1e-9)) - 1;
    }

    /**
     * The {@code k}-th smallest value (0-based) of {@code a[from..to)}, the same as
     * {@code sorted[k]} would give, by Hoare's selection (median-of-three pivots). Reorders the
     * range so that {@code a[k]} holds the answer, everything before it is not larger and
     * everything after it not smaller.
     */
    public static double select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            // Median of three into a[mid]; then a[lo] <= pivot <= a[hi] bound the scans.
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k]; // j < k < i: a[k] equals the pivot
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double x = a[i];
        a[i] = a[j];
        a[j] = x;
    }
}
