package com.alvh.workbench.sweep;

import java.io.Serializable;

/**
 * What a range of policies did on one block of paths: per policy and path, the terminal P&amp;L, the
 * maximum drawdown and the hedge cost (USD). The unit of work of a sweep, on any executor.
 *
 * @param block the block index
 * @param firstPolicy index of the first policy of the range
 * @param pnl {@code [policy - firstPolicy][path in block]} terminal P&amp;L (USD)
 * @param maxDrawdown {@code [policy - firstPolicy][path in block]} max drawdown (USD)
 * @param hedgeCost {@code [policy - firstPolicy][path in block]} premiums and reserve idle cost (USD)
 */
public record BlockOutcome(int block, int firstPolicy, double[][] pnl, double[][] maxDrawdown, double[][] hedgeCost)
        implements Serializable {

    /** Number of policies in the range. */
    public int policies() {
        return pnl.length;
    }
}
