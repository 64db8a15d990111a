package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.market.MarketHistory;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.VixUnderHeston;
import com.alvh.workbench.sim.BatesMarketModel;
import com.alvh.workbench.sim.BlockBootstrapModel;
import com.alvh.workbench.sim.CampaignSpec;
import com.alvh.workbench.sim.GeometricBrownianModel;
import com.alvh.workbench.sim.HestonMarketModel;
import com.alvh.workbench.sim.HestonVixCalibration;
import com.alvh.workbench.sim.HistoricalReplayModel;
import com.alvh.workbench.sim.HistoricalVixFutures;
import com.alvh.workbench.sim.HistoricalVixOptionVols;
import com.alvh.workbench.sim.MarketModel;
import com.alvh.workbench.sim.RiskPremiumModel;
import com.alvh.workbench.sim.VixOptionVols;
import com.alvh.workbench.sim.SimulationSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ScenarioSpec} into a runnable {@link Scenario}: loads the shipped history where the
 * model needs it (once, then shared), fits and builds the model, checks the campaign, resolves the
 * policies. Safe to share between threads.
 */
public final class ScenarioResolver {

    /** Where the shipped history lives unless told otherwise: {@code sample-data} under the working directory. */
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("sample-data");

    private final Path dataDirectory;
    private volatile MarketHistory history;

    /**
     * @param dataDirectory the folder with {@code spx_daily.csv}, {@code vix_daily.csv} and the Cboe indices
     */
    public ScenarioResolver(Path dataDirectory) {
        if (dataDirectory == null) {
            throw new IllegalArgumentException("dataDirectory is required");
        }
        this.dataDirectory = dataDirectory;
    }

    /** A resolver over {@code sample-data/} (or the folder named by the system property {@code alvh.data}). */
    public static ScenarioResolver fromDefaultData() {
        String override = System.getProperty("alvh.data");
        return new ScenarioResolver(override == null ? DEFAULT_DATA_DIRECTORY : Path.of(override));
    }

    /** The folder the history is read from. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The shipped daily history (loaded on first use). */
    public MarketHistory history() {
        MarketHistory h = history;
        if (h == null) {
            synchronized (this) {
                h = history;
                if (h == null) {
                    if (!Files.isDirectory(dataDirectory)) {
                        throw new UncheckedIOException(new IOException("market data folder not found: "
                                + dataDirectory.toAbsolutePath() + " (run from the project folder or set -Dalvh.data=DIR)"));
                    }
                    try {
                        h = MarketHistory.load(dataDirectory);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    history = h;
                }
            }
        }
        return h;
    }

    /**
     * Trading-day steps in the shipped history between two dates (trading days minus one).
     *
     * @throws ScenarioException if fewer than two trading days lie in the range
     */
    public int replaySteps(LocalDate from, LocalDate to) {
        MarketHistory window = window(from, to, "$.model");
        return window.size() - 1;
    }

    /**
     * Resolves a scenario.
     *
     * @param spec the scenario as stated
     * @return the runnable scenario
     * @throws ScenarioException with JSON paths if the parts do not fit together
     * @throws UncheckedIOException if the history is needed and cannot be read
     */
    public Scenario resolve(ScenarioSpec spec) {
        List<ScenarioProblem> problems = new ArrayList<>();
        MarketSpec m = spec.market();
        SimulationSpec sim = spec.simulation();
        int threads = sim.threads() == 0 ? Runtime.getRuntime().availableProcessors() : sim.threads();
        double dt = 1.0 / SimulationSettings.TRADING_DAYS_PER_YEAR;
        MarketModel model = null;
        List<LocalDate> dates = List.of();
        int paths = sim.paths();
        int steps = sim.steps();
        String description = spec.model().describe();
        // The Heston model whose own VIX prices the VIX options (Heston-family paths); null: the file's flat vol.
        HestonModel vixModel = null;
        // The replayed days (for the event triggers' calendar check); null for model paths.
        MarketHistory replayed = null;
        try {
            if (spec.model() instanceof ModelSpec.Heston h) {
                model = new HestonMarketModel(h.heston(), m.spot(), m.rate(), m.dividendYield());
                vixModel = h.heston();
            } else if (spec.model() instanceof ModelSpec.Bates b) {
                // The diffusive part's VIX (price jumps leave the variance, and so VIX, as it is).
                vixModel = b.heston();
                model = new BatesMarketModel(new HestonMarketModel(b.heston(), m.spot(), m.rate(), m.dividendYield()),
                        b.jumpIntensity(), b.jumpMean(), b.jumpVol(), b.varianceJumpMean());
            } else if (spec.model() instanceof ModelSpec.CalibratedHeston c) {
                HestonVixCalibration.Fit fit = HestonVixCalibration.fit(window(c.from(), c.to(), "$.model"), dt);
                HestonModel f = fit.model();
                // The fitted model describes realised volatility: start it where the quoted VIX, net of the
                // volatility premium, puts it.
                double v0 = startingVariance(f, m.vix() / (1.0 + m.volatilityPremium()));
                HestonModel heston = new HestonModel(v0, f.kappa(), f.theta(), f.sigma(), c.rho());
                model = new HestonMarketModel(heston, m.spot(), m.rate(), m.dividendYield());
                vixModel = heston;
                description += String.format(java.util.Locale.ROOT,
                        ": kappa %.3f, theta %.5f, sigma %.3f, v0 %.5f from VIX %.2f (%d daily transitions)",
                        heston.kappa(), heston.theta(), heston.sigma(), v0, m.vix(), fit.observations());
            } else if (spec.model() instanceof ModelSpec.Gbm g) {
                model = new GeometricBrownianModel(m.spot(), m.rate(), m.dividendYield(), g.vol());
            } else if (spec.model() instanceof ModelSpec.Replay r) {
                MarketHistory w = window(r.from(), r.to(), "$.model");
                int available = w.size() - 1;
                if (paths != 1) {
                    problems.add(new ScenarioProblem("$.simulation.paths",
                            "a replay of real history is one path; set paths to 1, was " + paths));
                }
                if (steps > available) {
                    problems.add(new ScenarioProblem("$.simulation.steps", "the history " + r.from() + " .. "
                            + r.to() + " has " + available + " daily steps; steps was " + steps));
                }
                model = new HistoricalReplayModel(w);
                dates = Arrays.asList(w.dates()).subList(0, Math.min(steps, available) + 1);
                replayed = w.between(dates.get(0), dates.get(dates.size() - 1));
                description += "; " + HistoricalVixFutures.describe(replayed, m.vixCurve(), false)
                        + "; " + HistoricalVixOptionVols.describe(replayed, m.vixOptionVol(), false);
            } else if (spec.model() instanceof ModelSpec.Bootstrap b) {
                MarketHistory w = window(b.from(), b.to(), "$.model");
                model = new BlockBootstrapModel(w, m.spot(), m.vix(), b.meanBlockDays(), b.neighbours());
                description += "; " + HistoricalVixFutures.describe(w, m.vixCurve(), true)
                        + "; " + HistoricalVixOptionVols.describe(w, m.vixOptionVol(), true);
            }
            // Model paths move as realised markets do; quotes carry the premia (replays and the bootstrap
            // are real-world history already, so the premia do not apply to them).
            boolean modelPaths = spec.model() instanceof ModelSpec.Heston || spec.model() instanceof ModelSpec.Bates
                    || spec.model() instanceof ModelSpec.CalibratedHeston || spec.model() instanceof ModelSpec.Gbm;
            if (model != null && modelPaths && (m.volatilityPremium() != 0.0 || m.equityPremium() != 0.0)) {
                model = new RiskPremiumModel(model, m.volatilityPremium(), m.equityPremium());
                description += String.format(java.util.Locale.ROOT,
                        "; quoted vol %.0f %% above the model's, SPX drift %.1f %% a year above r - q",
                        100 * m.volatilityPremium(), 100 * m.equityPremium());
            }
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioProblem("$.model", e.getMessage()));
        }
        Map<String, AlvhPolicy> policies = new LinkedHashMap<>();
        AlvhPolicy primary = null;
        try {
            primary = spec.policy().resolve(spec.capital());
            policies.put(primary.name(), primary);
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioProblem("$.policy", e.getMessage()));
        }
        List<AlvhPolicy> compared = new ArrayList<>();
        for (int i = 0; i < spec.compare().size(); i++) {
            AlvhPolicy p = null;
            try {
                p = spec.compare().get(i).resolve(spec.capital());
                policies.putIfAbsent(p.name(), p);
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioProblem("$.compare[" + i + "]", e.getMessage()));
            }
            compared.add(p);
        }
        if (replayed != null) {
            problems.addAll(EventCoverage.check(spec, primary, compared, replayed.events(), replayed.date(0),
                    replayed.date(replayed.size() - 1)));
        }
        // Every run answers "hedged versus unhedged": the baseline is always there, last unless asked for.
        policies.putIfAbsent(AlvhPolicy.unhedged().name(), AlvhPolicy.unhedged());
        // On Heston-family paths VIX options are quoted off the paths' own VIX (with the quotes' volatility
        // premium), so a VIX call costs what the paths pay; elsewhere at the file's vol.
        VixOptionVols vixVols = null;
        try {
            vixVols = vixModel == null ? VixOptionVols.flat(m.vixOptionVol())
                    : VixOptionVols.fromHeston(vixModel, 1.0 + m.volatilityPremium(), m.rate());
        } catch (IllegalArgumentException e) {
            problems.add(new ScenarioProblem("$.model", e.getMessage()));
        }
        CampaignSpec campaign = null;
        if (primary != null) {
            try {
                campaign = vixVols == null ? null : new CampaignSpec(spec.position(), spec.costs(), m.skew(),
                        m.rate(), m.dividendYield(), vixVols, m.vixCurve(), spec.capital(), primary, spec.cashInterest());
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioProblem("$.position", e.getMessage()));
            }
            if (primary.reserve().capital() >= spec.capital()) {
                problems.add(new ScenarioProblem("$.policy.reserve.capital", "the reserve ("
                        + primary.reserve().capital() + " USD) must be below the account capital (" + spec.capital() + " USD)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(spec.name(), problems);
        }
        if (vixModel != null) {
            VixOptionVols v = campaign.vixOptionVols();
            description += String.format(java.util.Locale.ROOT, "; VIX options quoted off the model's own VIX: "
                    + "Black-76 vol %.2f at 30 days, %.2f at 90 days", v.at(30 / 365.0), v.at(90 / 365.0));
        }
        if (!dates.isEmpty()) {
            steps = dates.size() - 1;
        }
        SimulationSettings settings = new SimulationSettings(paths, steps, dt, sim.seed(), threads,
                SimulationSettings.DEFAULT_BLOCK_SIZE);
        List<ScenarioProblem> warnings = UnusedValues.find(spec, vixModel, replayed);
        if (model instanceof BlockBootstrapModel b) {
            List<ScenarioProblem> all = new ArrayList<>(warnings);
            UnusedValues.bootstrapVix3m(spec.market(), b.startingVix3m()).ifPresent(all::add);
            warnings = all;
        }
        return new Scenario(spec, model, campaign, settings, List.copyOf(policies.values()), description, dates,
                warnings);
    }

    /** The variance whose model VIX equals {@code vix}: {@code VIX^2 = 100^2 (a v + b)} solved for v (floored at 1e-6). */
    static double startingVariance(HestonModel model, double vix) {
        double a = VixUnderHeston.varianceWeight(model);
        double b = VixUnderHeston.varianceIntercept(model);
        double v = (vix * vix / 10_000.0 - b) / a;
        return Math.max(v, 1e-6);
    }

    private MarketHistory window(LocalDate from, LocalDate to, String path) {
        MarketHistory all = history();
        MarketHistory w;
        try {
            w = all.between(from, to);
        } catch (RuntimeException e) {
            throw new ScenarioException(null, List.of(new ScenarioProblem(path, e.getMessage())));
        }
        if (w.size() < 2) {
            throw new ScenarioException(null, List.of(new ScenarioProblem(path, "the shipped history has "
                    + w.size() + " trading days between " + from + " and " + to + " (it covers " + all.date(0)
                    + " .. " + all.date(all.size() - 1) + ")")));
        }
        return w;
    }
}
