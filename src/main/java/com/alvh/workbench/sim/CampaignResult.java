package com.alvh.workbench.sim;

import java.util.List;

/**
 * What a portfolio simulation produces: per-path outcomes, per-step aggregates, per-layer cash
 * flows, and a few full paths for plotting. Arrays are owned by this record (callers must not
 * modify them; they are not copied because a million-path run would double its memory).
 *
 * @param policyName the hedge policy's name
 * @param paths number of paths
 * @param steps number of daily steps
 * @param capital account capital (USD)
 * @param pnl terminal P&amp;L per path: equity at the last step minus capital (USD)
 * @param maxDrawdown maximum peak-to-trough fall of equity per path (USD)
 * @param stepsUnderWater steps with equity below its running peak, per path
 * @param hedgeCost premium paid for hedge layers plus the reserve's idle cost, per path (USD)
 * @param condorTrades condors opened per path
 * @param reserveDeployed whether the reserve deployed on each path
 * @param layerNames names of the layers, the reserve's deployment last if there is one
 * @param layerPaidByStep per layer, premium and costs paid at each step, summed over paths (USD)
 * @param layerReceivedByStep per layer, sale and settlement proceeds at each step, summed over paths (USD)
 * @param layerFinalValue per layer, the mark of what is still open at the last step, summed over paths (USD)
 * @param layerEntriesByStep per layer, entries at each step, counted over paths
 * @param layerPathsEntered per layer, paths on which the layer entered at least once
 * @param fanPercentiles the percentiles of {@link #equityFan} (e.g. 5, 25, 50, 75, 95)
 * @param equityFan equity percentiles per step, {@code [percentile][step]} (USD), from the first
 *     {@code fanSampleSize} paths
 * @param fanSampleSize how many paths the fan was computed from
 * @param samples the first few paths in full
 * @param trades every trade of the first path (the replayed history, or a sampled model path): each leg
 *     of the position and each layer's instrument opened, closed or settled, in order
 */
public record CampaignResult(String policyName, int paths, int steps, double capital, double[] pnl,
                             double[] maxDrawdown, int[] stepsUnderWater, double[] hedgeCost, int[] condorTrades,
                             boolean[] reserveDeployed, List<String> layerNames, double[][] layerPaidByStep,
                             double[][] layerReceivedByStep, double[] layerFinalValue, int[][] layerEntriesByStep,
                             int[] layerPathsEntered, double[] fanPercentiles, double[][] equityFan,
                             int fanSampleSize, List<SamplePath> samples, List<Trade> trades) {

    /**
     * One path in full, for charts.
     *
     * @param pathIndex global path index
     * @param equity equity per step (USD)
     * @param spot SPX per step (index points)
     * @param vix VIX per step (index points)
     * @param condorOpen whether a condor was open at each step
     * @param layerOpen per layer, whether it was open at each step ({@code [layer][step]})
     * @param layerEntrySteps per layer, the steps at which it entered
     */
    public record SamplePath(int pathIndex, double[] equity, double[] spot, double[] vix, boolean[] condorOpen,
                             boolean[][] layerOpen, List<List<Integer>> layerEntrySteps) {
    }

    /**
     * The same result under another policy name (e.g. a comparison's label); the arrays are shared.
     *
     * @param name the new name
     */
    public CampaignResult withPolicyName(String name) {
        return new CampaignResult(name, paths, steps, capital, pnl, maxDrawdown, stepsUnderWater, hedgeCost, condorTrades,
                reserveDeployed, layerNames, layerPaidByStep, layerReceivedByStep, layerFinalValue, layerEntriesByStep,
                layerPathsEntered, fanPercentiles, equityFan, fanSampleSize, samples, trades);
    }

    /** Number of layers (including the reserve's deployment, if any). */
    public int layerCount() {
        return layerNames.size();
    }

    /** Mean terminal P&amp;L per path (USD). */
    public double meanPnl() {
        double sum = 0;
        for (double x : pnl) {
            sum += x;
        }
        return sum / pnl.length;
    }
}
