package com.alvh.workbench.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The account of one block of paths through time, shared by both engines: cash, hedge cost, the
 * equity at each step with its running peak, max drawdown and steps under water, the pre-trade
 * equity the drawdown triggers read, the block's part of the equity fan and its sample paths; at
 * the end, the block's {@link CampaignBlock}.
 */
public final class BlockAccount {

    private final int first;
    private final int n;
    private final int steps;
    private final int layerCount;

    /** Cash per path (USD). */
    public final double[] cash;
    /** Hedge premiums and the reserve's idle cost per path (USD). */
    public final double[] hedgeCost;
    /** Equity at this step's marks after this step's trades (USD). */
    public final double[] equity;
    /** Equity at this step's marks before this step's hedge trades (USD). */
    public final double[] preTrade;
    private final double[] peak;
    private final double[] maxDrawdown;
    private final int[] underWater;

    /** How many of the block's first paths feed the fan, and keep their full paths. */
    public final int fanCount;
    public final int sampleCount;
    private final double[][] fanEquity;
    private final double[][] sampleEquity;
    private final double[][] sampleSpot;
    private final double[][] sampleVix;
    private final boolean[][] sampleCondorOpen;
    private final boolean[][][] sampleLayerOpen;

    /**
     * @param firstPath global index of the block's first path
     * @param paths paths in the block
     * @param steps steps in the run
     * @param layerCount hedge layers (the reserve's included)
     * @param fanSample how many paths of the run (the first) feed the equity fan
     * @param samplePaths how many paths of the run (the first) are kept in full
     */
    public BlockAccount(int firstPath, int paths, int steps, int layerCount, int fanSample, int samplePaths) {
        this.first = firstPath;
        this.n = paths;
        this.steps = steps;
        this.layerCount = layerCount;
        cash = new double[n];
        hedgeCost = new double[n];
        equity = new double[n];
        preTrade = new double[n];
        peak = new double[n];
        maxDrawdown = new double[n];
        underWater = new int[n];
        fanCount = Math.max(0, Math.min(n, fanSample - first));
        fanEquity = new double[fanCount == 0 ? 0 : steps + 1][fanCount];
        sampleCount = Math.max(0, Math.min(n, samplePaths - first));
        sampleEquity = new double[sampleCount][steps + 1];
        sampleSpot = new double[sampleCount][steps + 1];
        sampleVix = new double[sampleCount][steps + 1];
        sampleCondorOpen = new boolean[sampleCount][steps + 1];
        sampleLayerOpen = new boolean[sampleCount][layerCount][steps + 1];
    }

    /**
     * The portfolio drawdown a trigger sees: from the running peak to the pre-trade equity, as a
     * fraction of capital; 0 at step 0.
     *
     * @param i path index in the block
     * @param step the step
     * @param capital account capital (USD)
     */
    public double portfolioDrawdown(int i, int step, double capital) {
        double e = preTrade[i];
        double p = Math.max(peak[i], e);
        return step == 0 ? 0.0 : (p - e) / capital;
    }

    /**
     * Closes path {@code i}'s step at equity {@code e}: running peak (set at step 0), max drawdown,
     * steps under water.
     */
    public void close(int i, int step, double e) {
        equity[i] = e;
        if (step == 0) {
            peak[i] = e;
        }
        peak[i] = Math.max(peak[i], e);
        double dd = peak[i] - e;
        maxDrawdown[i] = Math.max(maxDrawdown[i], dd);
        if (dd > 0.0) {
            underWater[i]++;
        }
    }

    /**
     * Records the step for the fan and the sample paths.
     *
     * @param step the step
     * @param spot the underlying per path (SPX, or the hedge asset's price)
     * @param vix the volatility per path (VIX, or realised vol points)
     * @param condorOpen whether a condor is open per path, or null (no condor: recorded as open)
     * @param book the layers, for their open state
     */
    public void record(int step, double[] spot, double[] vix, boolean[] condorOpen, LayerBook book) {
        for (int s = 0; s < fanCount; s++) {
            fanEquity[step][s] = equity[s];
        }
        for (int s = 0; s < sampleCount; s++) {
            sampleEquity[s][step] = equity[s];
            sampleSpot[s][step] = spot[s];
            sampleVix[s][step] = vix[s];
            sampleCondorOpen[s][step] = condorOpen == null || condorOpen[s];
            for (int l = 0; l < layerCount; l++) {
                sampleLayerOpen[s][l][step] = book.qty[l][s] > 0.0;
            }
        }
    }

    /**
     * The block's summary after the last step.
     *
     * @param capital account capital (USD): P&amp;L is equity minus capital
     * @param condorTrades condors opened per path
     * @param book the block's layers
     * @param finalMark the per-unit mark of what is still held at the end
     */
    public CampaignBlock summary(double capital, int[] condorTrades, LayerBook book, LayerBook.FinalMark finalMark) {
        return summary(capital, condorTrades, book, finalMark, List.of());
    }

    /**
     * As {@link #summary(double, int[], LayerBook, LayerBook.FinalMark)}, with the trades the block logged.
     *
     * @param trades the trades of the run's first path, if it is in this block
     */
    public CampaignBlock summary(double capital, int[] condorTrades, LayerBook book, LayerBook.FinalMark finalMark,
                                 List<Trade> trades) {
        double[] pnl = new double[n];
        for (int i = 0; i < n; i++) {
            pnl[i] = equity[i] - capital;
        }
        List<CampaignResult.SamplePath> samples = new ArrayList<>();
        for (int s = 0; s < sampleCount; s++) {
            List<List<Integer>> entrySteps = new ArrayList<>();
            for (List<Integer> e : book.sampleEntries.get(s)) {
                entrySteps.add(List.copyOf(e));
            }
            samples.add(new CampaignResult.SamplePath(first + s, sampleEquity[s], sampleSpot[s], sampleVix[s],
                    sampleCondorOpen[s], sampleLayerOpen[s], List.copyOf(entrySteps)));
        }
        return new CampaignBlock(pnl, maxDrawdown, underWater, hedgeCost, condorTrades, book.reserveDeployed, book.paid,
                book.received, book.finalValues(finalMark), book.entriesAt, book.pathsEntered(), fanEquity, samples,
                List.copyOf(trades));
    }
}
