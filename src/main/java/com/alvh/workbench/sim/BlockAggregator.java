package com.alvh.workbench.sim;

import java.util.List;

/**
 * Turns blocks of paths into one result: an observer per block, then a combination of the block
 * summaries in block order.
 *
 * @param <B> the summary of one block
 * @param <R> the combined result
 */
public interface BlockAggregator<B, R> {

    /**
     * A fresh observer for one block.
     *
     * @param firstPath global index of the block's first path
     * @param blockPaths number of paths in the block
     * @return the observer; used by one thread only
     */
    PathObserver<B> observer(int firstPath, int blockPaths);

    /**
     * Combines all block summaries.
     *
     * @param blocksInOrder the summaries, in ascending block order
     * @return the result of the run
     */
    R combine(List<B> blocksInOrder);
}
