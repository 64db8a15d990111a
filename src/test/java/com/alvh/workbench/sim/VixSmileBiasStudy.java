package com.alvh.workbench.sim;

import com.alvh.workbench.scenario.Scenario;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioResolver;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.scenario.SimulationEngine;
import com.alvh.workbench.scenario.SimulationResult;
import org.apache.commons.rng.UniformRandomProvider;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Investigation (not a test): how much would a VIX call skew change a replay? VIX options are priced
 * Black-76 at one vol per day and expiry (the day's VVIX times the tenor factor); real out-of-the-money
 * VIX calls trade above that. Without VIX option quotes to fit a skew to, this reruns a scenario with
 * every VIX option vol raised by {@code +shift} (vol points), the quotes otherwise unchanged, and prints
 * the policy under study's P&amp;L and each layer's net.
 *
 * <p>A flat shift is what an out-of-the-money skew does to a call bought out of the money and held to
 * expiry (only the price paid moves; it settles at intrinsic) or sold while still out of the money; a
 * call sold in the money after a spike would lose the skew at the sale, so there the flat shift
 * overstates the sale price and understates the skew's cost. SPX puts and futures are unchanged.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat cp) com.alvh.workbench.sim.VixSmileBiasStudy
 * dataDir scenario.json [shift...]} (shifts in vol points, e.g. 5 10).
 */
public final class VixSmileBiasStudy {

    private VixSmileBiasStudy() {
    }

    public static void main(String[] args) throws Exception {
        ScenarioResolver resolver = new ScenarioResolver(Path.of(args[0]));
        ScenarioSpec spec = ScenarioJson.load(Path.of(args[1]));
        Scenario base = resolver.resolve(spec);
        System.out.println(base.name() + ": " + base.modelDescription());
        System.out.printf(Locale.ROOT, "%-10s %-16s %14s  %s%n", "shift", "policy", "P&L (USD)", "layers' net (USD)");
        print(0.0, SimulationEngine.run(base, ProgressListener.NONE, new CancellationToken()));
        for (int a = 2; a < args.length; a++) {
            double shift = Double.parseDouble(args[a]) / 100.0;
            Scenario shifted = new Scenario(base.spec(), new ShiftedVixVols(base.model(), shift), base.campaign(),
                    base.settings(), base.policies(), base.modelDescription(), base.dates(), base.warnings());
            print(shift, SimulationEngine.run(shifted, ProgressListener.NONE, new CancellationToken()));
        }
    }

    private static void print(double shift, SimulationResult r) {
        for (PolicyComparison.Entry e : r.entries()) {
            CampaignResult c = e.result();
            StringBuilder layers = new StringBuilder();
            for (var line : e.summary().layers()) {
                layers.append(String.format(Locale.ROOT, "  %s %,.0f", line.name(), line.net()));
            }
            System.out.printf(Locale.ROOT, "%+9.0f  %-16s %,14.0f%s%n", 100 * shift, c.policyName(), c.meanPnl(), layers);
        }
    }

    /** The model with every VIX option vol raised by {@code shift} (decimal), everything else as it is. */
    static final class ShiftedVixVols implements MarketModel {
        private final MarketModel inner;
        private final double shift;

        ShiftedVixVols(MarketModel inner, double shift) {
            this.inner = inner;
            this.shift = shift;
        }

        @Override
        public void initialise(PathState state) {
            inner.initialise(state);
        }

        @Override
        public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
            inner.advance(state, step, dt, random);
        }

        @Override
        public double vixFuture(double vix, double variance, double tau) {
            return inner.vixFuture(vix, variance, tau);
        }

        @Override
        public Optional<VixFutureCurve> ownVixFutures() {
            return inner.ownVixFutures();
        }

        @Override
        public Optional<VixOptionVols.ByDay> ownVixOptionVols() {
            VixOptionVols.ByDay v = inner.ownVixOptionVols().orElseThrow(
                    () -> new IllegalArgumentException("the model has no VIX option vols of its own (not a replay)"));
            return Optional.of(new VixOptionVols.ByDay() {
                @Override
                public double at(int cursor, double expiry) {
                    return v.at(cursor, expiry) + shift;
                }

                @Override
                public boolean dependsOnDay() {
                    return v.dependsOnDay();
                }
            });
        }

        @Override
        public EventSchedule eventSchedule() {
            return inner.eventSchedule();
        }

        @Override
        public ExpiryCalendar expiryCalendar() {
            return inner.expiryCalendar();
        }

        @Override
        public VolLevels volLevels() {
            return inner.volLevels();
        }

        @Override
        public double shortRate(int step) {
            return inner.shortRate(step);
        }
    }
}
