package com.alvh.workbench.scenario;

import com.alvh.workbench.defi.DefiParameter;
import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.io.AtomicFiles;
import com.alvh.workbench.io.TextFiles;
import com.alvh.workbench.market.HistoricalEpisode;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.TradingCosts;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes scenario files: versioned JSON ({@code schemaVersion}), every problem reported
 * with its JSON path, unknown fields rejected, older versions migrated, files written atomically.
 * The format is documented in {@code docs/scenario-format.md} and {@code docs/scenario.schema.json}.
 */
public final class ScenarioJson {

    /** The version this code writes. Older versions are migrated on reading ({@link ScenarioMigrations}). */
    public static final int SCHEMA_VERSION = 1;
    /** Largest scenario file read (bytes): a guard against reading something that is not a scenario. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ScenarioJson() {
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file
     * @return the scenario as stated
     * @throws ScenarioException listing every problem with its JSON path
     * @throws IOException if the file cannot be read
     */
    public static ScenarioSpec load(Path file) throws IOException {
        return read(readText(file), file.toString());
    }

    /**
     * The file's text: a regular file only (a pipe or a device would hang or never end), at most
     * {@link #MAX_FILE_BYTES}, strict UTF-8; anything else is a problem at {@code $} naming what is wrong
     * (the byte and its offset for text that is not UTF-8).
     */
    private static String readText(Path file) throws IOException {
        try {
            return TextFiles.readUtf8(file, MAX_FILE_BYTES);
        } catch (TextFiles.NotTextException e) {
            throw new ScenarioException(file.toString(), List.of(new ScenarioProblem("$", e.problem())));
        }
    }

    /**
     * Reads a scenario file of either kind (equity campaign or DeFi position).
     *
     * @param file the file
     * @return the scenario as stated
     * @throws ScenarioException listing every problem with its JSON path
     * @throws IOException if the file cannot be read
     */
    public static ScenarioFile loadFile(Path file) throws IOException {
        return readFile(readText(file), file.toString());
    }

    /**
     * Reads a scenario of either kind from JSON text.
     *
     * @param json the text
     * @param source where it came from, for messages
     * @return the scenario
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static ScenarioFile readFile(String json, String source) {
        ObjectNode tree = parse(json, source);
        JsonNode kind = tree.get("kind");
        if (kind != null && kind.isTextual() && kind.textValue().equals(KIND_DEFI)) {
            List<ScenarioProblem> problems = new ArrayList<>();
            ObjectNode migrated = ScenarioMigrations.migrate(tree, problems);
            DefiScenarioSpec spec = migrated == null ? null : readDefi(new JsonCursor(migrated, "$", problems));
            if (!problems.isEmpty() || spec == null) {
                throw new ScenarioException(source, problems.isEmpty()
                        ? List.of(new ScenarioProblem("$", "could not be read")) : problems);
            }
            return spec;
        }
        return read(tree, source);
    }

    /** The {@code kind} of a DeFi scenario file. */
    public static final String KIND_DEFI = "defi";
    /** The {@code kind} of an equity scenario file (the default when absent). */
    public static final String KIND_EQUITY = "equity";

    private static ObjectNode parse(String json, String source) {
        // The same limit as for files, for text from anywhere (clipboard, tests, a file read elsewhere):
        // a tree of a much larger text, then its migrated copy, could exhaust the heap.
        if (json.length() > MAX_FILE_BYTES) {
            throw new ScenarioException(source, List.of(new ScenarioProblem("$",
                    "text is " + json.length() + " characters; a scenario is at most " + MAX_FILE_BYTES)));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "$ (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ScenarioException(source, List.of(new ScenarioProblem(where,
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(source, List.of(new ScenarioProblem("$", "a scenario must be a JSON object")));
        }
        return (ObjectNode) root;
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json the text
     * @param source where it came from, for messages
     * @return the scenario
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static ScenarioSpec read(String json, String source) {
        return read(parse(json, source), source);
    }

    private static ScenarioSpec read(ObjectNode root, String source) {
        List<ScenarioProblem> problems = new ArrayList<>();
        JsonNode kind = root.get("kind");
        if (kind != null && !(kind.isTextual() && kind.textValue().equals(KIND_EQUITY))) {
            String k = kind.isTextual() ? kind.textValue() : kind.toString();
            throw new ScenarioException(source, List.of(new ScenarioProblem("$.kind", k.equals(KIND_DEFI)
                    ? "this is a DeFi scenario; the equity editor cannot open it (the command line runs it)"
                    : "unknown kind '" + k + "', expected equity or defi")));
        }
        ObjectNode migrated = ScenarioMigrations.migrate(root, problems);
        ScenarioSpec spec = migrated == null ? null : readScenario(new JsonCursor(migrated, "$", problems));
        if (!problems.isEmpty() || spec == null) {
            throw new ScenarioException(source, problems.isEmpty()
                    ? List.of(new ScenarioProblem("$", "could not be read")) : problems);
        }
        return spec;
    }

    /** A scenario of either kind as pretty-printed JSON. */
    public static String write(ScenarioFile file) {
        if (file instanceof ScenarioSpec spec) {
            return write(spec);
        }
        DefiScenarioSpec d = (DefiScenarioSpec) file;
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("kind", KIND_DEFI);
        o.put("name", d.name());
        o.put("description", d.description());
        ObjectNode defi = o.putObject("defi").put("sample", d.sample());
        if (!d.parameters().isEmpty()) {
            ObjectNode ps = defi.putObject("parameters");
            // In the order of the declaration, whatever order they were given in.
            for (DefiParameter p : d.offeredParameters()) {
                Double v = d.parameters().get(p.key());
                if (v == null) {
                    continue;
                }
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    ps.put(p.key(), (long) v.doubleValue()); // 2000000, not 2000000.0
                } else {
                    ps.put(p.key(), v.doubleValue());
                }
            }
        }
        if (d.replay() != null) {
            ObjectNode replay = defi.putObject("replay");
            if (d.replay().isDepeg()) {
                replay.put("coin", d.replay().coin());
            }
            replay.put("from", d.replay().from().toString()).put("to", d.replay().to().toString());
        }
        o.putObject("simulation").put("paths", d.simulation().paths()).put("steps", d.simulation().steps())
                .put("seed", d.simulation().seed()).put("threads", d.simulation().threads());
        try {
            return MAPPER.writeValueAsString(o) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario '" + d.name() + "'", e);
        }
    }

    /** Saves a scenario of either kind atomically. */
    public static void save(ScenarioFile file, Path target) throws IOException {
        writeAtomically(target, write(file));
    }

    /** The scenario as pretty-printed JSON in the current schema version. */
    public static String write(ScenarioSpec spec) {
        try {
            return MAPPER.writeValueAsString(toTree(spec)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario '" + spec.name() + "'", e);
        }
    }

    /**
     * Saves a scenario atomically: written to a temporary file next to the target, then moved over
     * it, so a crash never leaves a half-written file.
     *
     * @param spec the scenario
     * @param file the target
     * @throws IOException naming the file if it cannot be written
     */
    public static void save(ScenarioSpec spec, Path file) throws IOException {
        writeAtomically(file, write(spec));
    }

    /**
     * Writes text to a file atomically through {@link AtomicFiles} (permissions and symbolic links
     * kept), creating its folder if needed.
     *
     * @param file the target
     * @param text UTF-8 content
     * @throws IOException naming the file
     */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicFiles.writeString(file, text);
    }

    // ---------------------------------------------------------------- reading

    private static DefiScenarioSpec readDefi(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("schemaVersion", "kind", "name", "description", "defi", "simulation");
        int version = c.integer("schemaVersion");
        String name = c.text("name");
        String description = c.text("description", "");
        JsonCursor d = c.object("defi");
        d.allowOnly("sample", "parameters", "replay");
        String sample = d.text("sample");
        DefiScenarioSpec.Replay replay = null;
        if (d.has("replay")) {
            JsonCursor r = d.object("replay");
            int m = r.problemCount();
            r.allowOnly("from", "to", "coin");
            LocalDate from = r.date("from");
            LocalDate to = r.date("to");
            String coin = r.text("coin", null);
            replay = r.build(m, () -> new DefiScenarioSpec.Replay(from, to, coin));
        }
        DefiScenarioSpec.Replay fr = replay;
        boolean knownSample = sample != null && DefiScenarioSpec.SAMPLES.contains(sample);
        if (sample != null && !knownSample) {
            d.problem(d.pathOf("sample"), "unknown DeFi sample '" + sample + "', expected one of " + DefiScenarioSpec.SAMPLES);
        }
        Map<String, Double> parameters = d.has("parameters")
                ? readDefiParameters(d.object("parameters"), knownSample ? sample : null, d.has("replay"))
                : Map.of();
        SimulationSpec simulation = readSimulation(c.object("simulation"));
        return c.build(mark, () -> new DefiScenarioSpec(version, name, description, sample, parameters, fr, simulation));
    }

    /**
     * The {@code parameters} object of a DeFi file: every member is a number, known for the sample (or
     * the ETH replay), in its range, and the rules between two of them hold; each problem at the path
     * of the parameter it names.
     *
     * @param sample the sample's key, null if it is unknown (then only the numbers are checked)
     */
    private static Map<String, Double> readDefiParameters(JsonCursor c, String sample, boolean replay) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (!c.node().isObject()) {
            return values;
        }
        List<String> notNumbers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.node().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                values.put(e.getKey(), v.doubleValue());
            } else {
                c.problem(c.pathOf(e.getKey()), "must be a number, was " + JsonCursor.kind(v));
                values.put(e.getKey(), Double.NaN); // keeps the rules from judging against a default
                notNumbers.add(e.getKey());
            }
        }
        if (sample != null) {
            Map<String, String> problems = replay && DefiScenarioSpec.REPLAYABLE_SAMPLE.equals(sample)
                    ? DefiSamples.replayProblems(values) : DefiSamples.problems(sample, values);
            problems.forEach((key, message) -> {
                if (!notNumbers.contains(key)) {
                    c.problem(c.pathOf(key), message);
                }
            });
        }
        return values;
    }

    private static ScenarioSpec readScenario(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("schemaVersion", "kind", "name", "description", "market", "model", "simulation", "position", "condor",
                "costs", "capital", "policy", "compare", "cashInterest");
        int version = c.integer("schemaVersion");
        String name = c.text("name");
        String description = c.text("description", "");
        MarketSpec market = readMarket(c.object("market"));
        ModelSpec model = readModel(c.object("model"));
        SimulationSpec simulation = readSimulation(c.object("simulation"));
        // The position's legs; files of earlier versions state a condor rule instead (read as its legs).
        EquityPosition position = null;
        if (c.has("position") && c.has("condor")) {
            c.problem(c.path(), "give either position or condor (the earlier form), not both");
        } else if (c.has("condor")) {
            position = PositionJson.readCondor(c.object("condor"));
        } else if (c.has("position")) {
            position = PositionJson.read(c.child("position"));
        } else {
            c.problem(c.pathOf("position"), "is required (the legs, expiry, size and management of the position)");
        }
        TradingCosts costs = c.has("costs") ? readCosts(c.object("costs")) : TradingCosts.DEFAULT;
        double capital = c.number("capital");
        PolicySpec policy = c.has("policy") ? PolicyJson.readPolicySpec(c.child("policy")) : null;
        if (!c.has("policy")) {
            c.problem(c.pathOf("policy"), "is required (a preset name or an object with name and layers)");
        }
        List<PolicySpec> compare = new ArrayList<>();
        for (JsonCursor p : c.optionalArray("compare")) {
            compare.add(PolicyJson.readPolicySpec(p));
        }
        boolean interest = c.bool("cashInterest", false);
        EquityPosition fp = position;
        return c.build(mark, () -> new ScenarioSpec(version, name, description, market, model, simulation, fp,
                costs, capital, policy, compare, interest));
    }

    private static MarketSpec readMarket(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("spot", "vix", "vix3m", "rate", "dividendYield", "vixOptionVol", "vixCurve", "skew", "riskPremia");
        double spot = c.number("spot");
        double vix = c.number("vix");
        double vix3m = c.number("vix3m");
        double rate = c.number("rate");
        double q = c.number("dividendYield");
        double vixVol = c.number("vixOptionVol");
        VixTermStructure curve = VixTermStructure.DEFAULT;
        if (c.has("vixCurve")) {
            JsonCursor v = c.object("vixCurve");
            int m = v.problemCount();
            v.allowOnly("longRunLevel", "meanReversion");
            double level = v.number("longRunLevel");
            double kappa = v.number("meanReversion");
            curve = v.build(m, () -> new VixTermStructure(level, kappa));
        }
        SkewModel skew = SkewModel.DEFAULT;
        if (c.has("skew")) {
            JsonCursor s = c.object("skew");
            int m = s.problemCount();
            s.allowOnly("atmRatio", "rho", "eta", "gamma");
            double atm = s.number("atmRatio");
            double rho = s.number("rho");
            double eta = s.number("eta");
            double gamma = s.number("gamma");
            skew = s.build(m, () -> new SkewModel(atm, rho, eta, gamma));
        }
        double volPremium = 0.0;
        double equityPremium = 0.0;
        if (c.has("riskPremia")) {
            JsonCursor r = c.object("riskPremia");
            r.allowOnly("volatility", "equity");
            volPremium = r.number("volatility", 0.0);
            equityPremium = r.number("equity", 0.0);
        }
        VixTermStructure fc = curve;
        SkewModel fs = skew;
        double vp = volPremium;
        double ep = equityPremium;
        return c.build(mark, () -> new MarketSpec(spot, vix, vix3m, rate, q, vixVol, fc, fs, vp, ep));
    }

    private static HestonModel readHeston(JsonCursor c) {
        int mark = c.problemCount();
        double v0 = c.number("v0");
        double kappa = c.number("kappa");
        double theta = c.number("theta");
        double sigma = c.number("sigma");
        double rho = c.number("rho");
        return c.build(mark, () -> new HestonModel(v0, kappa, theta, sigma, rho));
    }

    private static ModelSpec readModel(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        String type = c.text("type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "heston" -> {
                c.allowOnly("type", "v0", "kappa", "theta", "sigma", "rho");
                HestonModel h = readHeston(c);
                return c.build(mark, () -> new ModelSpec.Heston(h));
            }
            case "bates" -> {
                c.allowOnly("type", "v0", "kappa", "theta", "sigma", "rho", "jumpIntensity", "jumpMean", "jumpVol",
                        "varianceJumpMean");
                HestonModel h = readHeston(c);
                double lambda = c.number("jumpIntensity");
                double mean = c.number("jumpMean");
                double vol = c.number("jumpVol");
                double vj = c.number("varianceJumpMean", 0.0);
                return c.build(mark, () -> new ModelSpec.Bates(h, lambda, mean, vol, vj));
            }
            case "hestonCalibrated" -> {
                c.allowOnly("type", "from", "to", "rho");
                LocalDate from = c.date("from");
                LocalDate to = c.date("to");
                double rho = c.number("rho");
                return c.build(mark, () -> new ModelSpec.CalibratedHeston(from, to, rho));
            }
            case "gbm" -> {
                c.allowOnly("type", "vol");
                double vol = c.number("vol");
                return c.build(mark, () -> new ModelSpec.Gbm(vol));
            }
            case "replay" -> {
                c.allowOnly("type", "episode", "from", "to");
                if (c.has("episode")) {
                    if (c.has("from") || c.has("to")) {
                        c.problem(c.path(), "give either episode or from/to, not both");
                        return null;
                    }
                    String id = c.text("episode");
                    try {
                        HistoricalEpisode e = HistoricalEpisode.byId(id);
                        return ModelSpec.Replay.of(e);
                    } catch (IllegalArgumentException e) {
                        c.problem(c.pathOf("episode"), e.getMessage());
                        return null;
                    }
                }
                LocalDate from = c.date("from");
                LocalDate to = c.date("to");
                return c.build(mark, () -> new ModelSpec.Replay(from, to, null));
            }
            case "bootstrap" -> {
                c.allowOnly("type", "from", "to", "meanBlockDays", "neighbours");
                LocalDate from = c.date("from");
                LocalDate to = c.date("to");
                double block = c.number("meanBlockDays");
                int neighbours = c.integer("neighbours");
                return c.build(mark, () -> new ModelSpec.Bootstrap(from, to, block, neighbours));
            }
            default -> {
                c.problem(c.pathOf("type"), "unknown model '" + type
                        + "', expected one of [heston, bates, hestonCalibrated, gbm, replay, bootstrap]");
                return null;
            }
        }
    }

    private static SimulationSpec readSimulation(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("paths", "steps", "seed", "threads");
        int paths = c.positiveInteger("paths");
        int steps = c.positiveInteger("steps");
        long seed = c.longInteger("seed");
        int threads = c.integer("threads", 0);
        return c.build(mark, () -> new SimulationSpec(paths, steps, seed, threads));
    }

    private static TradingCosts readCosts(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("commissionPerContract", "spxSpreadFraction", "spxMinSpread", "vixSpreadFraction",
                "vixMinSpread", "slippageFraction");
        double commission = c.number("commissionPerContract");
        double spxFrac = c.number("spxSpreadFraction");
        double spxMin = c.number("spxMinSpread");
        double vixFrac = c.number("vixSpreadFraction");
        double vixMin = c.number("vixMinSpread");
        double slip = c.number("slippageFraction");
        return c.build(mark, () -> new TradingCosts(commission, spxFrac, spxMin, vixFrac, vixMin, slip));
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode toTree(ScenarioSpec s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schemaVersion", SCHEMA_VERSION);
        o.put("name", s.name());
        o.put("description", s.description());
        ObjectNode m = o.putObject("market");
        MarketSpec ms = s.market();
        m.put("spot", ms.spot()).put("vix", ms.vix()).put("vix3m", ms.vix3m()).put("rate", ms.rate())
                .put("dividendYield", ms.dividendYield()).put("vixOptionVol", ms.vixOptionVol());
        m.putObject("vixCurve").put("longRunLevel", ms.vixCurve().longRunLevel())
                .put("meanReversion", ms.vixCurve().meanReversion());
        m.putObject("skew").put("atmRatio", ms.skew().atmRatio()).put("rho", ms.skew().rho())
                .put("eta", ms.skew().eta()).put("gamma", ms.skew().gamma());
        if (ms.volatilityPremium() != 0.0 || ms.equityPremium() != 0.0) {
            m.putObject("riskPremia").put("volatility", ms.volatilityPremium()).put("equity", ms.equityPremium());
        }
        o.set("model", writeModel(s.model()));
        o.putObject("simulation").put("paths", s.simulation().paths()).put("steps", s.simulation().steps())
                .put("seed", s.simulation().seed()).put("threads", s.simulation().threads());
        o.set("position", PositionJson.write(s.position()));
        TradingCosts tc = s.costs();
        o.putObject("costs").put("commissionPerContract", tc.commissionPerContract())
                .put("spxSpreadFraction", tc.spxSpreadFraction()).put("spxMinSpread", tc.spxMinSpread())
                .put("vixSpreadFraction", tc.vixSpreadFraction()).put("vixMinSpread", tc.vixMinSpread())
                .put("slippageFraction", tc.slippageFraction());
        o.put("capital", s.capital());
        if (s.cashInterest()) {
            o.put("cashInterest", true);
        }
        putPolicy(o, "policy", s.policy());
        ArrayNode compare = o.putArray("compare");
        for (PolicySpec p : s.compare()) {
            Object w = PolicyJson.writePolicySpec(p);
            if (w instanceof String str) {
                compare.add(str);
            } else {
                compare.add((ObjectNode) w);
            }
        }
        return o;
    }

    private static void putPolicy(ObjectNode o, String field, PolicySpec p) {
        Object w = PolicyJson.writePolicySpec(p);
        if (w instanceof String str) {
            o.put(field, str);
        } else {
            o.set(field, (ObjectNode) w);
        }
    }

    private static ObjectNode writeModel(ModelSpec model) {
        ObjectNode o = MAPPER.createObjectNode();
        if (model instanceof ModelSpec.Heston h) {
            o.put("type", "heston");
            putHeston(o, h.heston());
        } else if (model instanceof ModelSpec.Bates b) {
            o.put("type", "bates");
            putHeston(o, b.heston());
            o.put("jumpIntensity", b.jumpIntensity()).put("jumpMean", b.jumpMean()).put("jumpVol", b.jumpVol())
                    .put("varianceJumpMean", b.varianceJumpMean());
        } else if (model instanceof ModelSpec.CalibratedHeston h) {
            o.put("type", "hestonCalibrated").put("from", h.from().toString()).put("to", h.to().toString())
                    .put("rho", h.rho());
        } else if (model instanceof ModelSpec.Gbm g) {
            o.put("type", "gbm").put("vol", g.vol());
        } else if (model instanceof ModelSpec.Replay r) {
            o.put("type", "replay");
            if (r.episode() != null && r.episode().from().equals(r.from()) && r.episode().to().equals(r.to())) {
                o.put("episode", r.episode().id());
            } else {
                o.put("from", r.from().toString()).put("to", r.to().toString());
            }
        } else if (model instanceof ModelSpec.Bootstrap b) {
            o.put("type", "bootstrap").put("from", b.from().toString()).put("to", b.to().toString())
                    .put("meanBlockDays", b.meanBlockDays()).put("neighbours", b.neighbours());
        } else {
            throw new IllegalStateException("no JSON form for model " + model);
        }
        return o;
    }

    private static void putHeston(ObjectNode o, HestonModel h) {
        o.put("v0", h.v0()).put("kappa", h.kappa()).put("theta", h.theta()).put("sigma", h.sigma()).put("rho", h.rho());
    }
}
