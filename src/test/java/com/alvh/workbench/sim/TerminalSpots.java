package com.alvh.workbench.sim;

import java.util.List;

/** Test aggregator: every path's terminal spot, in path order (shared by the engine tests and studies). */
public final class TerminalSpots implements BlockAggregator<double[], double[]> {
    @Override
    public PathObserver<double[]> observer(int firstPath, int blockPaths) {
        return new PathObserver<>() {
            private double[] last;

            @Override
            public void start(PathState state) {
                last = state.spot.clone();
            }

            @Override
            public void step(PathState state, int step) {
                System.arraycopy(state.spot, 0, last, 0, last.length);
            }

            @Override
            public double[] result() {
                return last;
            }
        };
    }

    @Override
    public double[] combine(List<double[]> blocks) {
        int n = blocks.stream().mapToInt(b -> b.length).sum();
        double[] all = new double[n];
        int at = 0;
        for (double[] b : blocks) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        return all;
    }
}
