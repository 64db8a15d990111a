package com.alvh.workbench.sweep;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.sim.CampaignBlock;
import com.alvh.workbench.sim.CampaignSimulation;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.PathObserver;
import com.alvh.workbench.sim.PathState;
import com.alvh.workbench.sim.SimulationSettings;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A sweep ready to evaluate: the resolved base scenario (market model, campaign, settings) and the
 * policies, each with its campaign simulation prepared once (its tables are read-only and shared by
 * every block). Thread-safe.
 *
 * <p>Evaluating a range of policies on a block records the block's market and the equity position
 * on it once and replays both to each policy: only the hedge layers are evaluated per policy (the
 * position too when its size reads the account's equity, which the hedges move).
 */
public final class PreparedSweep {

    /** The campaign simulation keeps no sample paths and the smallest equity fan: a sweep uses neither. */
    private static final int FAN_SAMPLE = 2;

    private final Scenario scenario;
    private final List<AlvhPolicy> policies;
    private final AtomicReferenceArray<CampaignSimulation> simulations;

    /**
     * @param scenario the base scenario, resolved
     * @param policies the policies to evaluate, in the order of the results
     */
    public PreparedSweep(Scenario scenario, List<AlvhPolicy> policies) {
        if (scenario == null || policies == null || policies.isEmpty()) {
            throw new IllegalArgumentException("a scenario and at least one policy are required");
        }
        this.scenario = scenario;
        this.policies = List.copyOf(policies);
        this.simulations = new AtomicReferenceArray<>(this.policies.size());
    }

    /** The base scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /** The policies. */
    public List<AlvhPolicy> policies() {
        return policies;
    }

    /** Paths, steps, seed and block size every policy runs with. */
    public SimulationSettings settings() {
        return scenario.settings();
    }

    private CampaignSimulation simulation(int policy) {
        CampaignSimulation s = simulations.get(policy);
        if (s == null) {
            s = new CampaignSimulation(scenario.model(), scenario.campaign().withPolicy(policies.get(policy)),
                    settings().steps(), FAN_SAMPLE, 0);
            if (!simulations.compareAndSet(policy, null, s)) {
                s = simulations.get(policy);
            }
        }
        return s;
    }

    /**
     * Records block {@code block}'s market (see {@link RecordedBlock}).
     *
     * @return the recording, or null if cancelled
     */
    RecordedBlock record(int block, CancellationToken cancel) {
        RecordedBlock market = RecordedBlock.record(scenario.model(), settings(), block, cancel);
        if (market != null) {
            market.recordPosition(simulation(0)); // every policy has the base's position
        }
        return market;
    }

    /**
     * Evaluates policies {@code [from, to)} on a recorded block.
     *
     * @param market the block's recording
     * @param block the block's index
     * @param from first policy
     * @param to one past the last policy
     * @param done told the block's size after each policy
     * @param cancel checked at every step
     * @return the outcome, or null if cancelled
     */
    BlockOutcome evaluate(RecordedBlock market, int block, int from, int to, Runnable done, CancellationToken cancel) {
        int n = to - from;
        double[][] pnl = new double[n][];
        double[][] maxDrawdown = new double[n][];
        double[][] hedgeCost = new double[n][];
        PathState state = new PathState(market.size());
        for (int p = from; p < to; p++) {
            PathObserver<CampaignBlock> observer = market.position() == null
                    ? simulation(p).observer(market.firstPath(), market.size())
                    : simulation(p).observer(market.firstPath(), market.size(), market.position());
            market.load(0, state);
            observer.start(state);
            for (int step = 1; step <= market.steps(); step++) {
                if (cancel.isCancelled()) {
                    return null;
                }
                market.load(step, state);
                observer.step(state, step);
            }
            CampaignBlock b = observer.result();
            pnl[p - from] = b.pnl();
            maxDrawdown[p - from] = b.maxDrawdown();
            hedgeCost[p - from] = b.hedgeCost();
            done.run();
        }
        return new BlockOutcome(block, from, pnl, maxDrawdown, hedgeCost);
    }
}
