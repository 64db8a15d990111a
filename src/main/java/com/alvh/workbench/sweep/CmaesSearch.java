package com.alvh.workbench.sweep;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.PolicyTemplate;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.SweepAxis;
import com.alvh.workbench.scenario.SweepSampling;
import com.alvh.workbench.scenario.SweepSpec;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimiser of a sweep: Commons Math's CMA-ES over the axes' ranges, each scaled to
 * {@code [0, 1]}, started at the base policy with a step of 0.3 per axis, minimising the
 * objective's score ({@link Sweeps#score}). Every policy it asks for is evaluated on the sweep's
 * shared paths (common random numbers make the score a deterministic function of the policy, so
 * the search sees no Monte Carlo noise between candidates) and becomes a row; a point asked for
 * twice (integer axes round) is evaluated once. Candidates whose policy cannot exist score
 * {@link #REFUSED} and are not rows.
 */
final class CmaesSearch {

    /** The score of a candidate policy the scenario reader refuses. */
    static final double REFUSED = 1e30;
    private static final double SIGMA = 0.3;

    private CmaesSearch() {
    }

    static List<SweepRow> search(SweepSpec spec, PolicyTemplate template, double[] baseValues, SweepSampling.Cmaes cm,
                                 Sweeps.Evaluation ev) {
        List<SweepAxis> axes = spec.axes();
        int d = axes.size();
        double[] start = new double[d];
        for (int a = 0; a < d; a++) {
            SweepAxis axis = axes.get(a);
            start[a] = Math.min(1.0, Math.max(0.0, (baseValues[a] - axis.from()) / (axis.to() - axis.from())));
        }
        double[] lower = new double[d];
        double[] upper = new double[d];
        double[] sigma = new double[d];
        Arrays.fill(upper, 1.0);
        Arrays.fill(sigma, SIGMA);
        int population = cm.population() > 0 ? cm.population() : 4 + (int) (3 * Math.log(d));
        List<SweepRow> rows = new ArrayList<>();
        Map<List<Double>, Double> seen = new HashMap<>();
        int[] asked = {0};
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            double[] values = new double[d];
            List<Double> key = new ArrayList<>();
            for (int a = 0; a < d; a++) {
                values[a] = axes.get(a).valueAt(x[a]);
                key.add(values[a]);
            }
            Double known = seen.get(key);
            if (known != null) {
                return known;
            }
            double score;
            try {
                AlvhPolicy policy = template.policy(values, "#" + (2 + rows.size()));
                SweepRow r = ev.evaluate(List.of(new Sweeps.Candidate(SweepRow.Role.POINT, values, policy))).get(0);
                rows.add(r);
                score = Sweeps.score(spec.objective(), r.cost(), r.tail(), ev.capital());
            } catch (ScenarioException e) {
                score = REFUSED;
            }
            asked[0]++;
            seen.put(key, score);
            return score;
        });
        CMAESOptimizer optimizer = new CMAESOptimizer(Integer.MAX_VALUE, Double.NEGATIVE_INFINITY, true, 0, 0,
                new Well19937c(cm.seed()), false, null);
        try {
            optimizer.optimize(new MaxEval(cm.evaluations()), f, GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(population));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: every evaluated policy is a row already
        }
        return rows;
    }
}
