package com.alvh.workbench.scenario;

import com.alvh.workbench.io.TextFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sweep files ({@code docs/sweep-format.md}, {@code docs/sweep.schema.json}): every problem
 * with its JSON path, unknown fields refused, the base scenario read and checked as a scenario file,
 * each axis path checked against the base policy, and each axis's end values read back through the
 * scenario reader, so a sweep that would fail half-way is refused before it starts.
 */
public final class SweepJson {

    /** The version this code reads. */
    public static final int SCHEMA_VERSION = 1;
    /** The {@code kind} of a sweep file. */
    public static final String KIND = "sweep";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private SweepJson() {
    }

    /**
     * Reads a sweep file; a base scenario named by a file name is read relative to the sweep file's folder.
     *
     * @param file the sweep file
     * @return the sweep as stated
     * @throws ScenarioException listing every problem with its JSON path
     * @throws IOException if the sweep file cannot be read
     */
    public static SweepSpec load(Path file) throws IOException {
        String text;
        try {
            // The same capped, strict-UTF-8 reader of regular files as scenario files.
            text = TextFiles.readUtf8(file, ScenarioJson.MAX_FILE_BYTES);
        } catch (TextFiles.NotTextException e) {
            throw new ScenarioException(file.toString(), List.of(new ScenarioProblem("$", e.problem())));
        }
        Path dir = file.toAbsolutePath().getParent();
        return read(text, file.toString(), dir);
    }

    /**
     * Whether a file says it is a sweep ({@code "kind": "sweep"}); false for anything unreadable.
     *
     * @param file a JSON file
     */
    public static boolean isSweepFile(Path file) {
        try {
            JsonNode kind = MAPPER.readTree(TextFiles.readUtf8(file, ScenarioJson.MAX_FILE_BYTES)).get("kind");
            return kind != null && kind.isTextual() && kind.textValue().equals(KIND);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Reads a sweep from JSON text.
     *
     * @param json the text
     * @param source where it came from, for messages
     * @param baseDirectory the folder a base scenario's file name is relative to (null: only an inline base)
     * @return the sweep
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static SweepSpec read(String json, String source, Path baseDirectory) {
        if (json.length() > ScenarioJson.MAX_FILE_BYTES) {
            throw new ScenarioException(source, List.of(new ScenarioProblem("$",
                    "text is " + json.length() + " characters; a sweep is at most " + ScenarioJson.MAX_FILE_BYTES)));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "$ (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ScenarioException(source, List.of(new ScenarioProblem(where, "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(source, List.of(new ScenarioProblem("$", "a sweep must be a JSON object")));
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        SweepSpec spec = readSweep(new JsonCursor(root, "$", problems), baseDirectory);
        if (!problems.isEmpty() || spec == null) {
            throw new ScenarioException(source, problems.isEmpty()
                    ? List.of(new ScenarioProblem("$", "could not be read")) : problems);
        }
        return spec;
    }

    private static SweepSpec readSweep(JsonCursor c, Path baseDirectory) {
        int mark = c.problemCount();
        c.allowOnly("schemaVersion", "kind", "name", "description", "base", "model", "simulation", "axes", "sampling",
                "objective", "outOfSample");
        int version = c.integer("schemaVersion");
        if (c.has("schemaVersion") && c.problemCount() == mark && version != SCHEMA_VERSION) {
            c.problem(c.pathOf("schemaVersion"), "this version reads sweep files of version " + SCHEMA_VERSION + ", was " + version);
        }
        String kind = c.text("kind");
        if (kind != null && !kind.equals(KIND)) {
            c.problem(c.pathOf("kind"), "a sweep file has kind '" + KIND + "', was '" + kind + "'");
        }
        String name = c.text("name");
        String description = c.text("description", "");
        String[] baseSource = {null};
        ScenarioSpec base = c.has("base") ? readBase(c.child("base"), baseDirectory, baseSource) : null;
        if (!c.has("base")) {
            c.problem(c.pathOf("base"), "is required (a scenario file name, relative to this file, or a scenario object)");
        }
        if (base != null && c.has("model")) {
            base = withModel(c.object("model"), base);
        }
        if (base != null && c.has("simulation")) {
            base = base.withSimulation(readSimulationOverride(c.object("simulation"), base.simulation()));
        }
        SweepSampling sampling = readSampling(c.object("sampling"));
        List<JsonCursor> axisCursors = c.array("axes");
        if (c.has("axes") && c.node().get("axes").isArray() && axisCursors.isEmpty()) {
            c.problem(c.pathOf("axes"), "needs at least one axis");
        }
        List<SweepAxis> axes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JsonCursor a : axisCursors) {
            SweepAxis axis = readAxis(a, base, sampling, seen);
            if (axis != null) {
                axes.add(axis);
            }
        }
        if (sampling instanceof SweepSampling.Grid && axes.size() == axisCursors.size() && !axes.isEmpty()) {
            long points = 1;
            for (SweepAxis a : axes) {
                points = Math.multiplyHigh(points, a.gridValues().size()) != 0 ? Long.MAX_VALUE
                        : Math.min(points * a.gridValues().size(), Long.MAX_VALUE);
            }
            if (points > SweepSampling.MAX_POLICIES) {
                c.problem(c.pathOf("axes"), "the grid has " + (points == Long.MAX_VALUE ? "too many" : String.valueOf(points))
                        + " points; a sweep evaluates at most " + SweepSampling.MAX_POLICIES);
            }
        }
        SweepObjective objective = c.has("objective") ? readObjective(c.object("objective")) : SweepObjective.FRONTIER_ONLY;
        if (sampling instanceof SweepSampling.Cmaes && objective != null && objective.goal() == SweepObjective.Goal.NONE) {
            c.problem(c.pathOf("objective"), "a cmaes search needs a goal: leastCost (with tailAtMost) or penalised (with lambda)");
        }
        SweepSpec.OutOfSample outOfSample = base != null && c.has("outOfSample")
                ? readOutOfSample(c.object("outOfSample"), base) : null;
        ScenarioSpec fb = base;
        String fs = baseSource[0];
        return c.build(mark, () -> new SweepSpec(version, name, description, fb, fs, axes, sampling, objective, outOfSample));
    }

    private static ScenarioSpec readBase(JsonCursor c, Path baseDirectory, String[] source) {
        JsonNode n = c.node();
        if (n.isTextual()) {
            String name = n.textValue();
            if (baseDirectory == null) {
                c.problem(c.path(), "a base scenario file can only be named in a sweep read from a file; give the scenario inline");
                return null;
            }
            Path file;
            try {
                file = baseDirectory.resolve(name).normalize();
            } catch (InvalidPathException e) {
                // A NUL or other character the file system refuses: name it, never throw out of the reader.
                c.problem(c.path(), "not a usable file name: " + e.getReason());
                return null;
            }
            source[0] = name;
            try {
                if (Files.isDirectory(file)) {
                    c.problem(c.path(), file + " is a folder, not a scenario file");
                    return null;
                }
                return ScenarioJson.load(file);
            } catch (NoSuchFileException e) {
                c.problem(c.path(), "scenario file not found: " + file);
            } catch (IOException e) {
                c.problem(c.path(), "cannot read " + file + ": " + e.getMessage());
            } catch (ScenarioException e) {
                for (ScenarioProblem p : e.problems()) {
                    c.problem(c.path(), name + ": " + p);
                }
            } catch (RuntimeException e) {
                c.problem(c.path(), "cannot read " + file + ": " + e.getMessage());
            }
            return null;
        }
        if (!n.isObject()) {
            c.problem(c.path(), "must be a scenario file name or a scenario object, was " + JsonCursor.kind(n));
            return null;
        }
        source[0] = "inline";
        try {
            return ScenarioJson.read(n.toString(), "base");
        } catch (ScenarioException e) {
            for (ScenarioProblem p : rehome(e.problems(), c.path())) {
                c.problem(p.path(), p.message());
            }
            return null;
        }
    }

    /** Problems of a nested document moved under {@code prefix}: {@code $.x} becomes {@code prefix.x}. */
    public static List<ScenarioProblem> rehome(List<ScenarioProblem> problems, String prefix) {
        List<ScenarioProblem> out = new ArrayList<>();
        for (ScenarioProblem p : problems) {
            String path = p.path();
            out.add(new ScenarioProblem(path.startsWith("$") ? prefix + path.substring(1) : prefix + ": " + path,
                    p.message()));
        }
        return out;
    }

    private static SimulationSpec readSimulationOverride(JsonCursor c, SimulationSpec base) {
        int mark = c.problemCount();
        c.allowOnly("paths", "seed", "threads");
        int paths = c.has("paths") ? c.positiveInteger("paths") : base.paths();
        long seed = c.has("seed") ? c.longInteger("seed") : base.seed();
        int threads = c.integer("threads", base.threads());
        SimulationSpec out = c.build(mark, () -> new SimulationSpec(paths, base.steps(), seed, threads));
        return out == null ? base : out;
    }

    private static SweepSampling readSampling(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        String type = c.text("type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "grid" -> {
                c.allowOnly("type");
                return new SweepSampling.Grid();
            }
            case "latinHypercube" -> {
                c.allowOnly("type", "count", "seed");
                int count = c.positiveInteger("count");
                long seed = c.longInteger("seed");
                return c.build(mark, () -> new SweepSampling.LatinHypercube(count, seed));
            }
            case "cmaes" -> {
                c.allowOnly("type", "evaluations", "population", "seed");
                int evaluations = c.positiveInteger("evaluations");
                int population = c.integer("population", 0);
                long seed = c.longInteger("seed");
                return c.build(mark, () -> new SweepSampling.Cmaes(evaluations, population, seed));
            }
            default -> {
                c.problem(c.pathOf("type"), "unknown sampling '" + type + "', expected one of [grid, latinHypercube, cmaes]");
                return null;
            }
        }
    }

    private static SweepAxis readAxis(JsonCursor c, ScenarioSpec base, SweepSampling sampling, List<String> seen) {
        int mark = c.problemCount();
        if (!c.expectObject()) {
            return null;
        }
        c.allowOnly("name", "path", "values", "from", "to", "count");
        String path = c.text("path");
        String name = c.text("name", path);
        boolean listed = c.has("values");
        List<Double> values = new ArrayList<>();
        double from = Double.NaN;
        double to = Double.NaN;
        int count = 0;
        if (listed) {
            if (c.has("from") || c.has("to") || c.has("count")) {
                c.problem(c.path(), "give either values or from/to (with count for a grid), not both");
            }
            List<JsonCursor> items = c.array("values");
            if (items.isEmpty() && c.node().get("values").isArray()) {
                c.problem(c.pathOf("values"), "needs at least one value");
            }
            for (int k = 0; k < items.size(); k++) {
                JsonNode v = items.get(k).node();
                if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                    c.problem(items.get(k).path(), "must be a finite number, was " + JsonCursor.kind(v));
                } else {
                    values.add(v.doubleValue());
                }
            }
            if (!(sampling == null || sampling instanceof SweepSampling.Grid)) {
                c.problem(c.pathOf("values"), "listed values suit a grid; a latinHypercube or cmaes axis needs from and to");
            }
        } else {
            from = c.number("from");
            to = c.number("to");
            count = c.integer("count", 0);
            if (Double.isFinite(from) && Double.isFinite(to) && !(from < to)) {
                c.problem(c.pathOf("to"), "must be above from (" + from + "), was " + to);
            }
            if (sampling instanceof SweepSampling.Grid && !c.has("count")) {
                c.problem(c.pathOf("count"), "is required for a grid over a range (or list the values)");
            } else if (c.has("count") && (count < 2 || count > SweepAxis.MAX_COUNT)) {
                c.problem(c.pathOf("count"), "must be in [2, " + SweepAxis.MAX_COUNT + "], was " + count);
            }
        }
        if (path == null) {
            return null;
        }
        if (seen.contains(path)) {
            c.problem(c.pathOf("path"), "'" + path + "' is already an axis");
            return null;
        }
        seen.add(path);
        if (base == null) {
            return null; // the base's own problems are reported; the path cannot be checked
        }
        PolicyTemplate one;
        try {
            one = PolicyTemplate.of(base, List.of(path));
        } catch (IllegalArgumentException e) {
            c.problem(c.pathOf("path"), e.getMessage());
            return null;
        }
        boolean integer = one.integerAt(0);
        if (c.problemCount() != mark) {
            return null;
        }
        // Each end value alone on the base policy: a value the policy cannot take is refused here, at the
        // axis, naming the field's own problem (a combination of axes can still fail; the sweep says which).
        if (listed) {
            for (int k = 0; k < values.size(); k++) {
                checkValue(c, one, values.get(k), c.pathOf("values") + "[" + k + "]", integer);
            }
        } else {
            checkValue(c, one, from, c.pathOf("from"), integer && count >= 2);
            checkValue(c, one, to, c.pathOf("to"), integer && count >= 2);
        }
        double f = from;
        double t = to;
        int n = count;
        return c.build(mark, () -> new SweepAxis(name, path, values, f, t, n, integer));
    }

    private static void checkValue(JsonCursor c, PolicyTemplate one, double value, String where, boolean mustBeWhole) {
        if (mustBeWhole && value != Math.rint(value)) {
            c.problem(where, one.paths().get(0) + " takes whole numbers, was " + value);
            return;
        }
        try {
            one.policy(new double[] {value}, "check");
        } catch (ScenarioException e) {
            for (ScenarioProblem p : e.problems()) {
                c.problem(where, value + " gives a policy the scenario reader refuses: " + p);
            }
        }
    }

    private static SweepObjective readObjective(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        c.allowOnly("cost", "tail", "goal", "tailAtMost", "lambda");
        SweepObjective.Cost cost = SweepObjective.Cost.NET_COST;
        SweepObjective.Tail tail = SweepObjective.Tail.CVAR95;
        SweepObjective.Goal goal = SweepObjective.Goal.NONE;
        try {
            cost = SweepObjective.Cost.byId(c.text("cost", cost.id()));
        } catch (IllegalArgumentException e) {
            c.problem(c.pathOf("cost"), e.getMessage());
        }
        try {
            tail = SweepObjective.Tail.byId(c.text("tail", tail.id()));
        } catch (IllegalArgumentException e) {
            c.problem(c.pathOf("tail"), e.getMessage());
        }
        try {
            goal = SweepObjective.Goal.byId(c.text("goal", goal.id()));
        } catch (IllegalArgumentException e) {
            c.problem(c.pathOf("goal"), e.getMessage());
        }
        double atMost = Double.NaN;
        double lambda = Double.NaN;
        if (goal == SweepObjective.Goal.LEAST_COST) {
            atMost = c.number("tailAtMost");
            if (c.has("lambda")) {
                c.problem(c.pathOf("lambda"), "applies to goal penalised only");
            }
        } else if (goal == SweepObjective.Goal.PENALISED) {
            lambda = c.number("lambda");
            if (c.has("tailAtMost")) {
                c.problem(c.pathOf("tailAtMost"), "applies to goal leastCost only");
            }
        } else if (c.has("tailAtMost") || c.has("lambda")) {
            c.problem(c.path(), "tailAtMost and lambda need a goal (leastCost or penalised)");
        }
        SweepObjective.Cost fc = cost;
        SweepObjective.Tail ft = tail;
        SweepObjective.Goal fg = goal;
        double fa = atMost;
        double fl = lambda;
        return c.build(mark, () -> new SweepObjective(fc, ft, fg, fa, fl));
    }

    /** The base with the sweep's own model (a scenario-format model object), read as a scenario would read it. */
    private static ScenarioSpec withModel(JsonCursor c, ScenarioSpec base) {
        if (!c.node().isObject()) {
            return null;
        }
        ObjectNode tree = ScenarioJson.toTree(base);
        tree.set("model", c.node().deepCopy());
        try {
            return ScenarioJson.read(tree.toString(), "model");
        } catch (ScenarioException e) {
            for (ScenarioProblem p : rehome(e.problems(), "$")) {
                c.problem(p.path(), p.message());
            }
            return null;
        }
    }

    private static SweepSpec.OutOfSample readOutOfSample(JsonCursor c, ScenarioSpec base) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        c.allowOnly("name", "model", "simulation");
        String name = c.text("name");
        JsonCursor model = c.object("model");
        JsonCursor simulation = c.object("simulation");
        if (c.problemCount() != mark) {
            return null;
        }
        ObjectNode tree = ScenarioJson.toTree(base);
        tree.set("model", model.node().deepCopy());
        tree.set("simulation", simulation.node().deepCopy());
        ScenarioSpec spec;
        try {
            spec = ScenarioJson.read(tree.toString(), "outOfSample");
        } catch (ScenarioException e) {
            for (ScenarioProblem p : rehome(e.problems(), c.path())) {
                c.problem(p.path(), p.message());
            }
            return null;
        }
        return c.build(mark, () -> new SweepSpec.OutOfSample(name, spec));
    }
}
