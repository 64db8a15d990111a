package com.alvh.workbench.sweep;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.scenario.PolicyTemplate;
import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioException;
import com.alvh.workbench.scenario.ScenarioProblem;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SweepAxis;
import com.alvh.workbench.scenario.SweepJson;
import com.alvh.workbench.scenario.SweepObjective;
import com.alvh.workbench.scenario.SweepSampling;
import com.alvh.workbench.scenario.SweepSpec;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one service that runs a sweep, for the command line and the workbench alike: expands the
 * sweep into policies (grid, Latin hypercube, or a CMA-ES search), evaluates them all on the base
 * scenario's paths with the unhedged condor and the base policy (common random numbers: one
 * recording of the market per block, replayed to every policy), finds the cost-versus-tail
 * frontier and the best policy for the objective, and re-evaluates the frontier out of sample.
 */
public final class Sweeps {

    /** Most memory the per-path outcomes of one range of policies may take (bytes); larger sweeps run in ranges. */
    static final long RANGE_BYTES = 256L << 20;
    /** Points listed when some of a sweep's policies are refused. */
    private static final int PROBLEMS_SHOWN = 5;

    private Sweeps() {
    }

    /**
     * Runs a sweep.
     *
     * @param spec the sweep
     * @param resolver resolves the base scenario (and the out-of-sample one): the market history's folder
     * @param executor local or Spark
     * @param progress told paths x policies done out of the total (from worker threads)
     * @param cancel stops the sweep
     * @return what it found
     * @throws ScenarioException if the base scenario cannot run or some policies of the grid cannot exist
     * @throws com.alvh.workbench.sim.SimulationCancelledException if cancelled
     */
    public static SweepResult run(SweepSpec spec, ScenarioResolver resolver, SweepExecutor executor,
                                  ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        ProgressListener p = progress == null ? ProgressListener.NONE : progress;
        CancellationToken c = cancel == null ? new CancellationToken() : cancel;
        Scenario base = resolve(resolver, spec.base(), "$.base");
        List<String> paths = spec.axes().stream().map(SweepAxis::path).toList();
        PolicyTemplate template = PolicyTemplate.of(spec.base(), paths);
        double[] baseValues = new double[paths.size()];
        for (int a = 0; a < baseValues.length; a++) {
            baseValues[a] = template.baseValue(a);
        }
        AlvhPolicy basePolicy = base.campaign().policy();
        Evaluation ev = new Evaluation(spec, base, resolver, executor, p, c);

        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(SweepRow.Role.UNHEDGED, nanValues(paths.size()), AlvhPolicy.unhedged()));
        candidates.add(new Candidate(SweepRow.Role.BASE, baseValues, basePolicy));
        List<SweepRow> rows;
        if (spec.sampling() instanceof SweepSampling.Cmaes cm) {
            ev.total = (long) (2 + cm.evaluations()) * base.settings().paths();
            rows = ev.evaluate(candidates);
            rows.addAll(CmaesSearch.search(spec, template, baseValues, cm, ev));
        } else {
            List<double[]> points = spec.sampling() instanceof SweepSampling.LatinHypercube lh
                    ? Sampler.latinHypercube(spec.axes(), lh.count(), lh.seed())
                    : Sampler.grid(spec.axes());
            candidates.addAll(policies(template, points, spec.axes()));
            ev.total = (long) candidates.size() * base.settings().paths();
            rows = ev.evaluate(candidates);
        }
        rows = withFrontier(rows);
        int best = best(rows, spec.objective());
        SweepResult.OutOfSample oos = spec.outOfSample() == null ? null
                : outOfSample(spec, rows, best, resolver, executor, c);
        return new SweepResult(spec, base.modelDescription(), base.settings().paths(), base.settings().steps(), rows,
                frontierOf(rows), best, oos, executor.describe(), System.nanoTime() - start);
    }

    /**
     * Checks a sweep without running it: the base (and out-of-sample) scenario resolves, and every
     * policy of a grid or Latin hypercube can exist.
     *
     * @param spec the sweep
     * @param resolver the market history's folder
     * @return the number of policies the sweep evaluates (for a search, its most)
     * @throws ScenarioException with JSON paths if not
     */
    public static int validate(SweepSpec spec, ScenarioResolver resolver) {
        resolve(resolver, spec.base(), "$.base");
        if (spec.outOfSample() != null) {
            resolve(resolver, spec.outOfSample().scenario(), "$.outOfSample");
        }
        return policyCount(spec);
    }

    /**
     * Builds every policy of a grid or Latin hypercube (not the market): the number of policies the
     * sweep evaluates (for a search, its most).
     *
     * @throws ScenarioException listing points whose policy cannot exist
     */
    public static int policyCount(SweepSpec spec) {
        if (spec.sampling() instanceof SweepSampling.Cmaes cm) {
            return 2 + cm.evaluations();
        }
        PolicyTemplate template = PolicyTemplate.of(spec.base(), spec.axes().stream().map(SweepAxis::path).toList());
        List<double[]> points = spec.sampling() instanceof SweepSampling.LatinHypercube lh
                ? Sampler.latinHypercube(spec.axes(), lh.count(), lh.seed()) : Sampler.grid(spec.axes());
        return 2 + policies(template, points, spec.axes()).size();
    }

    private static double[] nanValues(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** A policy to evaluate. */
    record Candidate(SweepRow.Role role, double[] values, AlvhPolicy policy) {
    }

    /** The policies of the points; every point whose policy cannot exist is reported (the first few, with why). */
    private static List<Candidate> policies(PolicyTemplate template, List<double[]> points, List<SweepAxis> axes) {
        List<Candidate> out = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        int refused = 0;
        for (int k = 0; k < points.size(); k++) {
            double[] v = points.get(k);
            try {
                out.add(new Candidate(SweepRow.Role.POINT, v, template.policy(v, "#" + (k + 2))));
            } catch (ScenarioException e) {
                refused++;
                if (problems.size() < PROBLEMS_SHOWN) {
                    problems.add(new ScenarioProblem("$.axes", "the point " + describe(axes, v)
                            + " gives a policy the scenario reader refuses: " + e.problems().get(0)));
                }
            }
        }
        if (refused > 0) {
            if (refused > problems.size()) {
                problems.add(new ScenarioProblem("$.axes", (refused - problems.size()) + " more points are refused"));
            }
            throw new ScenarioException("sweep", problems);
        }
        return out;
    }

    /** "{name=value, ...}" for messages. */
    static String describe(List<SweepAxis> axes, double[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int a = 0; a < axes.size(); a++) {
            b.append(a == 0 ? "" : ", ").append(axes.get(a).name()).append('=')
                    .append(String.format(Locale.ROOT, "%.6g", values[a]));
        }
        return b.append('}').toString();
    }

    private static Scenario resolve(ScenarioResolver resolver, ScenarioSpec spec, String where) {
        try {
            return resolver.resolve(spec);
        } catch (ScenarioException e) {
            throw new ScenarioException("sweep", SweepJson.rehome(e.problems(), where));
        }
    }

    /** Rows with the frontier flag set. */
    private static List<SweepRow> withFrontier(List<SweepRow> rows) {
        double[] cost = rows.stream().mapToDouble(SweepRow::cost).toArray();
        double[] tail = rows.stream().mapToDouble(SweepRow::tail).toArray();
        Set<Integer> on = new LinkedHashSet<>(Frontier.of(cost, tail));
        List<SweepRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SweepRow r = rows.get(i);
            out.add(new SweepRow(r.index(), r.role(), r.axisValues(), r.policy(), r.metrics(), r.cost(), r.tail(),
                    on.contains(i)));
        }
        return out;
    }

    private static List<Integer> frontierOf(List<SweepRow> rows) {
        return Frontier.of(rows.stream().mapToDouble(SweepRow::cost).toArray(),
                rows.stream().mapToDouble(SweepRow::tail).toArray());
    }

    /** The objective's value of a policy: lower is better (see {@link #best}). */
    static double score(SweepObjective o, double cost, double tail, double capital) {
        return switch (o.goal()) {
            case NONE -> Double.NaN;
            case PENALISED -> tail + o.lambda() * cost;
            // A search moves towards the feasible region: each unit of excess tail costs ten units of cost
            // (for ruin, a probability, ten times the capital per unit).
            case LEAST_COST -> cost + (tail <= o.tailAtMost() ? 0.0
                    : (o.tail() == SweepObjective.Tail.RUIN ? 10.0 * capital : 10.0) * (tail - o.tailAtMost()));
        };
    }

    /**
     * The best row for the objective: the least cost among the rows within the tail limit, or the
     * least {@code tail + lambda cost}; -1 without a goal or when no row is within the limit. The
     * unhedged condor and the base policy compete too.
     */
    static int best(List<SweepRow> rows, SweepObjective o) {
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows.size(); i++) {
            SweepRow r = rows.get(i);
            double v = switch (o.goal()) {
                case NONE -> Double.NaN;
                case PENALISED -> r.tail() + o.lambda() * r.cost();
                case LEAST_COST -> r.tail() <= o.tailAtMost() ? r.cost() : Double.NaN;
            };
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        return best;
    }

    private static SweepResult.OutOfSample outOfSample(SweepSpec spec, List<SweepRow> rows, int best,
                                                       ScenarioResolver resolver, SweepExecutor executor,
                                                       CancellationToken cancel) {
        ScenarioSpec oosSpec = spec.outOfSample().scenario();
        Scenario oos = resolve(resolver, oosSpec, "$.outOfSample");
        Set<Integer> chosen = new LinkedHashSet<>(List.of(0, 1));
        chosen.addAll(frontierOf(rows));
        if (best >= 0) {
            chosen.add(best);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i : chosen) {
            SweepRow r = rows.get(i);
            candidates.add(new Candidate(r.role(), r.axisValues(), r.policy()));
        }
        Evaluation ev = new Evaluation(spec, oos, resolver, executor, ProgressListener.NONE, cancel);
        ev.total = (long) candidates.size() * oos.settings().paths();
        List<SweepRow> evaluated = ev.evaluate(candidates);
        SweepObjective.Tail tail = SweepResult.OutOfSample.tailFor(spec.objective().tail(), oos.settings().paths());
        List<SweepRow> out = new ArrayList<>();
        int k = 0;
        for (int i : chosen) {
            SweepRow r = evaluated.get(k++);
            out.add(new SweepRow(rows.get(i).index(), r.role(), r.axisValues(), r.policy(), r.metrics(), r.cost(),
                    r.metrics().tail(tail), rows.get(i).onFrontier()));
        }
        return new SweepResult.OutOfSample(spec.outOfSample().name(), oos.modelDescription(), oos.settings().paths(),
                tail, out);
    }

    /**
     * Evaluates policies on one scenario's paths, range by range, keeping the unhedged condor's
     * per-path P&amp;L (the reference of every net cost). Rows are numbered in evaluation order.
     */
    static final class Evaluation {
        private final SweepSpec spec;
        private final Scenario scenario;
        private final ScenarioResolver resolver;
        private final SweepExecutor executor;
        private final ProgressListener progress;
        private final CancellationToken cancel;
        private final AtomicLong done = new AtomicLong();
        long total;
        private double[] unhedgedPnl;
        private int nextIndex;

        Evaluation(SweepSpec spec, Scenario scenario, ScenarioResolver resolver, SweepExecutor executor,
                   ProgressListener progress, CancellationToken cancel) {
            this.spec = spec;
            this.scenario = scenario;
            this.resolver = resolver;
            this.executor = executor;
            this.progress = progress;
            this.cancel = cancel;
        }

        SweepSpec spec() {
            return spec;
        }

        double capital() {
            return scenario.campaign().capital();
        }

        /**
         * Evaluates the candidates (the first call must start with the unhedged condor).
         *
         * @return their rows, in order (frontier flags not yet set)
         */
        List<SweepRow> evaluate(List<Candidate> candidates) {
            List<AlvhPolicy> policies = candidates.stream().map(Candidate::policy).toList();
            SweepJob job = SweepJob.of(scenario.spec(), policies, resolver.dataDirectory());
            int paths = scenario.settings().paths();
            int range = (int) Math.max(1, Math.min(policies.size(), RANGE_BYTES / (3L * Double.BYTES * paths)));
            List<SweepRow> rows = new ArrayList<>();
            for (int from = 0; from < policies.size(); from += range) {
                int to = Math.min(policies.size(), from + range);
                List<BlockOutcome> blocks = executor.run(job, from, to, progress, done.get(), total, cancel);
                done.addAndGet((long) (to - from) * paths);
                for (int q = from; q < to; q++) {
                    double[] pnl = new double[paths];
                    double[] maxDd = new double[paths];
                    double[] cost = new double[paths];
                    int at = 0;
                    for (BlockOutcome b : blocks) {
                        int n = b.pnl()[q - from].length;
                        System.arraycopy(b.pnl()[q - from], 0, pnl, at, n);
                        System.arraycopy(b.maxDrawdown()[q - from], 0, maxDd, at, n);
                        System.arraycopy(b.hedgeCost()[q - from], 0, cost, at, n);
                        at += n;
                    }
                    Candidate cand = candidates.get(q);
                    if (unhedgedPnl == null) {
                        if (cand.role() != SweepRow.Role.UNHEDGED) {
                            throw new IllegalStateException("the unhedged condor must be evaluated first");
                        }
                        unhedgedPnl = pnl;
                    }
                    PolicyMetrics m = PolicyMetrics.of(pnl, maxDd, cost, unhedgedPnl, capital());
                    SweepObjective o = spec.objective();
                    rows.add(new SweepRow(nextIndex++, cand.role(), cand.values(), cand.policy(), m, m.cost(o.cost()),
                            m.tail(o.tail()), false));
                }
            }
            return rows;
        }
    }
}
