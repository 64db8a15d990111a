package com.alvh.workbench.scenario;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fuzz test of the scenario loader (Jazzer): whatever the input, {@link ScenarioJson#read} and then
 * {@link ScenarioResolver#resolve} either succeed or throw a {@link ScenarioException} whose problems
 * each carry a JSON path; any other exception or error (NPE, overflow, stack overflow, a domain
 * constructor's unchecked exception escaping) is a finding. A scenario that is accepted must also
 * survive a save: written and read again it is the same scenario.
 *
 * <p>{@code ./mvnw verify} runs these in regression mode: the empty input plus every file under
 * {@code src/test/resources/com/alvh/workbench/scenario/ScenarioLoaderFuzzTestInputs/<method>/}
 * (seeds and any crash reproducers that were kept). With {@code JAZZER_FUZZ=1} one of them fuzzes
 * for {@code maxDuration} (overridable with {@code -Djazzer.max_duration=30s}); see {@code .ci/fuzz}.
 */
class ScenarioLoaderFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Surefire runs in the project folder, where the shipped history and samples are. */
    private static final ScenarioResolver RESOLVER = new ScenarioResolver(Path.of("sample-data"));
    private static final List<ObjectNode> SAMPLES = loadSamples(Path.of("sample-data", "scenarios"));

    /** Field names, type names and enum values of the format (also in scenario.dict), for structure-aware edits. */
    private static final String[] WORDS = {"schemaVersion", "name", "description", "market", "model", "simulation",
        "condor", "costs", "capital", "policy", "compare", "spot", "vix", "vix3m", "rate", "dividendYield",
        "vixOptionVol", "vixCurve", "skew", "longRunLevel", "meanReversion", "atmRatio", "rho", "eta", "gamma",
        "type", "heston", "bates", "hestonCalibrated", "gbm", "replay", "bootstrap", "v0", "kappa", "theta", "sigma",
        "jumpIntensity", "jumpMean", "jumpVol", "varianceJumpMean", "from", "to", "episode", "vol", "meanBlockDays",
        "neighbours", "paths", "steps", "seed", "threads", "rule", "delta", "distance", "shortDelta", "longDelta",
        "shortPercent", "wingPercent", "daysToExpiry", "contracts", "management", "takeProfitFraction",
        "stopLossMultiple", "closeAtDaysToExpiry", "repeat", "commissionPerContract", "spxSpreadFraction",
        "spxMinSpread", "vixSpreadFraction", "vixMinSpread", "slippageFraction", "preset", "layers", "reserve",
        "instrument", "strike", "spreadWidth", "tenorDays", "size", "entry", "exit", "roll", "cooldownDays",
        "VIX_CALL", "VIX_CALL_SPREAD", "VIX_FUTURE", "SPX_PUT", "percentFromReference", "percent", "absolute",
        "fractionOfMaxLoss", "fraction", "vegaRatio", "ratio", "fractionOfCapital", "cashBudget", "usd",
        "monetiseVixAbove", "monetiseFraction", "takeProfitMultiple", "exitDaysToExpiry", "breach", "deployment",
        "costRate", "always", "vixAbove", "level", "vixBelow", "vixFutureBetween", "low", "high", "vixRatioAbove",
        "portfolioDrawdownAbove", "spxDrawdownAbove", "indicatorAbove", "indicatorBelow", "series", "indicator",
        "threshold", "SPX", "VIX", "RSI", "MACD", "MACD_HISTOGRAM", "DISTANCE_FROM_MOVING_AVERAGE", "eventWithin",
        "event", "FOMC", "CPI", "PPI", "tradingDays", "allOf", "anyOf", "not", "of", "unhedged", "steward",
        "promoter", "static", "vxth", "2008-gfc", "2018-volmageddon", "2020-covid", "2022-bear", "2024-yen-carry",
        "1990-01-02", "2020-02-19", "2020-03-23", "2020-02-30", "1900-01-01", "9999-12-31", "+10000-01-01", "", " ",
        "kind", "equity", "defi", "sample", "parameters", "insurance-pool", "governance-farming", "lp-layered-vs-diversified",
        "stable-lp-depeg", "tail-risk", "coverSold", "premiumRate", "claimShare", "claimLimit", "signers",
        "tranche1Drawdown", "tranche2Drawdown", "reserveCapital", "reserveTrigger", "stakedFraction", "emissionsApr",
        "capFraction", "tokenVol", "votesPerYear", "basePerpRatio", "putVolTrigger", "rsiTrigger", "rangeLower",
        "rangeUpper", "feeTier", "ethVol", "chainCorrelation", "amplification", "poolTvl", "dailyVolume", "feeRate",
        "basePutStrike", "deviationTrigger", "deviationPutStrike", "exploitsPerYear", "defiTvl", "sharedShare", "lossBudget",
        "coverApproval", "coverDelayDays", "fundingRate", "stakedSupplyShare", "sellFraction", "poolDepthShare",
        "impactHalfLifeDays", "outagesPerYear", "meanOutageDays", "nexusCapitalModel",
        "drawdownTrigger", "volTrigger", "2022-01-01", "2022-12-31", "position", "legs", "quantity", "beyond",
        "expiry", "days", "monthly", "settlement", "open", "close", "collateralised", "maxLossMultiple",
        "percentFromSpot", "percentFromLeg", "pointsFromLeg", "leg", "points", "put", "call", "cashInterest"};

    /** Numbers at the edges: zero and signed zero, subnormals, the largest doubles, int and long limits and beyond. */
    private static final JsonNode[] EDGE_NUMBERS = {F.numberNode(0), F.numberNode(-0.0), F.numberNode(1), F.numberNode(-1),
        F.numberNode(0.5), F.numberNode(1e-320), F.numberNode(Double.MIN_VALUE), F.numberNode(Double.MAX_VALUE),
        F.numberNode(-Double.MAX_VALUE), F.numberNode(1e300), F.numberNode(Integer.MAX_VALUE),
        F.numberNode(Integer.MIN_VALUE), F.numberNode(Long.MAX_VALUE), F.numberNode(Long.MIN_VALUE),
        F.numberNode(2147483648L), F.numberNode(-2147483649L),
        BigIntegerNode.valueOf(BigInteger.TEN.pow(40)), BigIntegerNode.valueOf(BigInteger.TEN.pow(40).negate()),
        DecimalNode.valueOf(new BigDecimal("1E+400")), DecimalNode.valueOf(new BigDecimal("-1E+400")),
        DecimalNode.valueOf(new BigDecimal("1E-400")), F.numberNode(1.5), F.numberNode(100_000_000)};

    /**
     * Arbitrary bytes, decoded as a file is ({@code io.TextFiles}: strict UTF-8): bytes that are not
     * UTF-8 text are refused naming the byte's offset; any text that is not a valid scenario is refused
     * with paths; never a crash.
     */
    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "scenario.dict")
    void anyTextIsReadOrRefusedCleanly(byte[] input) {
        String text;
        try {
            text = com.alvh.workbench.io.TextFiles.decode(java.nio.file.Path.of("fuzz.json"), input);
        } catch (com.alvh.workbench.io.TextFiles.NotTextException e) {
            assertThat(e.problem()).matches("(is UTF-16 text|is not UTF-8 text|is not text).* offset [0-9]+.*");
            return;
        }
        check(text);
    }

    /**
     * Structure-aware: a shipped scenario with a few edits chosen by the fuzzer (values swapped for edge
     * numbers, wrong types, known words; fields removed or added; subtrees copied across samples; deep
     * nesting; long arrays), so most inputs get past the JSON syntax into validation and resolution.
     */
    @FuzzTest(maxDuration = "60s")
    void mutatedSamplesAreReadOrRefusedCleanly(FuzzedDataProvider data) {
        ObjectNode tree = SAMPLES.get(data.consumeInt(0, SAMPLES.size() - 1)).deepCopy();
        int edits = data.consumeInt(1, 6);
        List<String> nested = new ArrayList<>();
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            edit(tree, data, nested);
        }
        String text = write(tree);
        // Latest first: a later nesting may hold the marker of an earlier one. Markers copied into long
        // arrays and then nested again multiply: stop expanding before the text passes twice the loader's
        // limit (the harness, not the loader, would run out of memory; the limit itself is tested below).
        for (int i = nested.size() - 1; i >= 0; i--) {
            String marker = write(F.textNode("\u0001nest" + i));
            long expanded = text.length() + (long) occurrences(text, marker) * (nested.get(i).length() - marker.length());
            if (expanded > 2 * ScenarioJson.MAX_FILE_BYTES) {
                break;
            }
            text = text.replace(marker, nested.get(i));
        }
        check(text);
    }

    /**
     * The fuzzer's first finding, kept as a plain test: 990 nested {@code not} triggers are legal JSON
     * (under Jackson's nesting limit of 1000) and were read, but then every recursive method of the
     * trigger tree (the reader, {@code equals}, {@code fires} on each simulated step) could overflow a
     * thread's stack: a StackOverflowError in {@code Trigger.Not.equals} on a 512 KB stack, and in the
     * reader itself under the fuzzer's instrumentation. Now the depth is capped and such a file is
     * refused with the path of the first trigger too deep.
     */
    @Test
    void deeplyNestedTriggersAreRefusedOnASmallStack() throws InterruptedException {
        ObjectNode tree = SAMPLES.get(0).deepCopy();
        JsonNode trigger = F.objectNode().put("type", "always");
        for (int d = 0; d < 990; d++) {
            trigger = F.objectNode().put("type", "not").set("of", trigger);
        }
        ((ObjectNode) tree.get("policy").get("layers").get(0)).set("entry", trigger);
        String text = tree.toString();
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                check(text);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(thrown[0]).as("read, save and resolve on a 512 KB stack").isNull();

        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.read(text, "deep.json"), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.policy.layers[0].entry" + ".of".repeat(PolicyJson.MAX_TRIGGER_DEPTH));
            assertThat(p.message()).contains("nest at most " + PolicyJson.MAX_TRIGGER_DEPTH);
        });
    }

    /**
     * The fuzzer's second finding: a reserve with zero capital (but its cost rate, breach trigger and
     * deployment layer) was read, then left out on saving, so the reopened file had lost it.
     */
    @Test
    void aReserveWithZeroCapitalSurvivesASave() {
        ObjectNode tree = SAMPLES.get(0).deepCopy();
        ((ObjectNode) tree.get("policy").get("reserve")).put("capital", 0);
        ScenarioSpec spec = ScenarioJson.read(tree.toString(), "zero-reserve.json");
        ScenarioSpec reopened = ScenarioJson.read(ScenarioJson.write(spec), "saved.json");
        assertThat(reopened).isEqualTo(spec);
        assertThat(((PolicySpec.Custom) reopened.policy()).policy().reserve().deployment()).isNotNull();
    }

    /**
     * The fuzzer's third finding: a spreadWidth on a layer that is not a call spread was kept in the
     * scenario (even a negative one, which the schema forbids) but not saved. Now it is checked against
     * the schema and not kept.
     */
    @Test
    void aSpreadWidthOutsideACallSpreadIsCheckedAndNotKept() {
        ObjectNode tree = SAMPLES.get(0).deepCopy();
        ObjectNode calls = (ObjectNode) tree.get("policy").get("layers").get(1);
        assertThat(calls.get("instrument").asText()).isEqualTo("VIX_CALL");
        calls.put("spreadWidth", 5.0);
        ScenarioSpec spec = ScenarioJson.read(tree.toString(), "width.json");
        assertThat(ScenarioJson.read(ScenarioJson.write(spec), "saved.json")).isEqualTo(spec);

        calls.put("spreadWidth", -9.223372036854776E18);
        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.read(tree.toString(), "width.json"),
                ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ScenarioProblem::path).containsExactly("$.policy.layers[1].spreadWidth");
    }

    /**
     * The fuzzer's fourth finding: nested markers copied into long arrays and nested again made a text of
     * hundreds of megabytes, and reading it (the tree, then its migrated copy) ran out of heap. Text is
     * now held to the file limit before it is parsed, and refused with a clear problem.
     */
    @Test
    void textLargerThanAScenarioCanBeIsRefusedBeforeParsing() {
        String padding = " ".repeat((int) ScenarioJson.MAX_FILE_BYTES);
        String text = "{\"schemaVersion\": 1," + padding + "}";
        ScenarioException e = catchThrowableOfType(() -> ScenarioJson.read(text, "huge.json"), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains(text.length() + " characters").contains("at most " + ScenarioJson.MAX_FILE_BYTES);
        });
        assertThat(catchThrowableOfType(() -> ScenarioJson.readFile(text, "huge.json"), ScenarioException.class))
                .isNotNull();
    }

    /**
     * The fuzzer's fifth finding: once VIX options were quoted off a Heston model's own VIX, resolving a
     * file whose vol of variance is tiny against its variance summed the variance law's Poisson series
     * for minutes. Such a model is now refused at once, at the model's path. A file cannot state it any
     * more ({@code sigma} below its plausible range is refused on reading); a scenario built in code
     * (the workbench's editor) still meets the resolver's guard.
     */
    @Test
    void aHestonTooConcentratedToPriceVixOptionsIsRefusedAtOnce() {
        ObjectNode tree = SAMPLES.get(0).deepCopy();
        assertThat(tree.get("model").get("type").asText()).isEqualTo("heston");
        ((ObjectNode) tree.get("model")).put("sigma", 1e-6);
        ScenarioException read = catchThrowableOfType(() -> ScenarioJson.read(tree.toString(), "concentrated.json"),
                ScenarioException.class);
        assertThat(read.problems()).extracting(ScenarioProblem::toString)
                .containsExactly("$.model.sigma: must be in [0.01, 5] per sqrt(year), was 1.0E-6");
        ((ObjectNode) tree.get("model")).put("sigma", 0.36);
        ScenarioSpec ok = ScenarioJson.read(tree.toString(), "concentrated.json");
        com.alvh.workbench.pricing.HestonModel h = ((ModelSpec.Heston) ok.model()).heston();
        ScenarioSpec spec = ok.withModel(new ModelSpec.Heston(
                new com.alvh.workbench.pricing.HestonModel(h.v0(), h.kappa(), h.theta(), 1e-6, h.rho())));
        ScenarioException e = catchThrowableOfType(() -> RESOLVER.resolve(spec), ScenarioException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.model");
            assertThat(p.message()).contains("VIX options cannot be quoted");
        });
    }

    /** A trigger nested exactly as deep as allowed is still read. */
    @Test
    void triggersNestedToTheLimitAreRead() {
        ObjectNode tree = SAMPLES.get(0).deepCopy();
        JsonNode trigger = F.objectNode().put("type", "always");
        for (int d = 1; d < PolicyJson.MAX_TRIGGER_DEPTH; d++) {
            trigger = F.objectNode().put("type", "not").set("of", trigger);
        }
        ((ObjectNode) tree.get("policy").get("layers").get(0)).set("entry", trigger);
        check(tree.toString());
        assertThat(ScenarioJson.read(tree.toString(), "limit.json").policy()).isNotNull();
    }

    // ---------------------------------------------------------------- the property

    private static void check(String text) {
        ScenarioFile file;
        try {
            file = ScenarioJson.readFile(text, "fuzz.json");
        } catch (ScenarioException e) {
            assertClean(e);
            return;
        }
        if (file instanceof DefiScenarioSpec defi) {
            checkDefi(defi);
            return;
        }
        ScenarioSpec spec = (ScenarioSpec) file;
        // Accepted: a save must reopen as the same scenario (the workbench saves what it opened).
        String written = ScenarioJson.write(spec);
        ScenarioSpec reopened = ScenarioJson.read(written, "rewritten.json");
        assertThat(reopened).as(() -> "saved and reopened: " + firstDifference(spec.toString(), reopened.toString()))
                .isEqualTo(spec);
        try {
            RESOLVER.resolve(spec);
        } catch (ScenarioException e) {
            assertClean(e);
        }
    }

    /**
     * An accepted DeFi file survives a save, and its sample builds: the reader has already checked every
     * parameter and rule, so only a replay's window (outside the shipped history, or fewer days than
     * steps) may still be refused, as an IllegalArgumentException the command line reports as bad input.
     */
    private static void checkDefi(DefiScenarioSpec spec) {
        String written = ScenarioJson.write(spec);
        ScenarioFile reopened = ScenarioJson.readFile(written, "rewritten.json");
        assertThat(reopened).as(() -> "saved and reopened: " + firstDifference(spec.toString(), reopened.toString()))
                .isEqualTo(spec);
        if (spec.replay() == null) {
            assertThat(spec.resolve().runs()).isNotEmpty();
            return;
        }
        try {
            spec.resolve(Path.of("sample-data"));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("replay refusal").isNotBlank();
        }
    }

    /** Where two long descriptions part, with some context (the records' toString is one long line). */
    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 120);
        return "read ..." + a.substring(from, Math.min(a.length(), i + 120)) + "...\n reopened ..."
                + b.substring(from, Math.min(b.length(), i + 120)) + "...";
    }

    private static void assertClean(ScenarioException e) {
        assertThat(e.problems()).as("a ScenarioException names at least one problem").isNotEmpty();
        for (ScenarioProblem p : e.problems()) {
            assertThat(p.path()).as("problem path of %s", p).startsWith("$");
            assertThat(p.message()).as("problem message at %s", p.path()).isNotBlank();
        }
        assertThat(e.getMessage()).isNotBlank();
    }

    // ---------------------------------------------------------------- structure-aware edits

    /** A place in the tree: a member of an object or an element of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (field != null) {
                ((ObjectNode) parent).remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void edit(ObjectNode root, FuzzedDataProvider data, List<String> nested) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return;
        }
        Slot s = slots.get(data.consumeInt(0, slots.size() - 1));
        switch (data.consumeInt(0, 9)) {
            case 0 -> s.set(data.pickValue(EDGE_NUMBERS));
            case 1 -> s.set(data.consumeBoolean() ? F.numberNode(data.consumeDouble()) : F.numberNode(data.consumeLong()));
            case 2 -> s.set(F.textNode(data.pickValue(WORDS)));
            case 3 -> s.set(F.textNode(data.consumeString(40)));
            case 4 -> s.set(switch (data.consumeInt(0, 4)) {
                case 0 -> F.nullNode();
                case 1 -> F.booleanNode(data.consumeBoolean());
                case 2 -> F.objectNode();
                case 3 -> F.arrayNode();
                default -> F.arrayNode().add(s.get());
            });
            case 5 -> s.remove();
            case 6 -> {
                JsonNode container = s.get().isContainerNode() ? s.get() : s.parent();
                if (container instanceof ObjectNode o) {
                    o.set(data.pickValue(WORDS), data.consumeBoolean() ? data.pickValue(EDGE_NUMBERS)
                            : F.textNode(data.pickValue(WORDS)));
                } else if (container instanceof ArrayNode a) {
                    a.add(a.isEmpty() ? F.textNode(data.pickValue(WORDS)) : a.get(data.consumeInt(0, a.size() - 1)).deepCopy());
                }
            }
            case 7 -> {
                // Crossover: a subtree from any sample (a trigger into a size rule, a layer into a policy, ...).
                List<Slot> donors = new ArrayList<>();
                collect(SAMPLES.get(data.consumeInt(0, SAMPLES.size() - 1)), donors);
                s.set(donors.get(data.consumeInt(0, donors.size() - 1)).get().deepCopy());
            }
            case 8 -> {
                // Deep nesting, up to past Jackson's depth limit (1000). Spliced in as text after writing
                // into the written text, so the harness itself never recurses that deep.
                boolean trigger = data.consumeBoolean();
                int depth = data.consumeInt(1, 1100);
                String open = trigger ? "{\"type\":\"not\",\"of\":" : "[";
                String close = trigger ? "}" : "]";
                String marker = "\u0001nest" + nested.size();
                nested.add(open.repeat(depth) + write(s.get()) + close.repeat(depth));
                s.set(F.textNode(marker));
            }
            default -> {
                // A long array: many copies of one element (many layers, many compare policies).
                JsonNode v = s.get();
                ArrayNode a = F.arrayNode();
                // Bounded so repeated edits cannot multiply into millions of nodes (the harness, not the
                // loader, would run out of memory): the whole tree stays under about 50,000 nodes.
                int n = data.consumeInt(0, Math.min(300, 50_000 / (nodes(root) + nodes(v))));
                for (int k = 0; k < n; k++) {
                    a.add(v.deepCopy());
                }
                s.set(a);
            }
        }
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the test could not write its own tree", e);
        }
    }

    private static int nodes(JsonNode node) {
        int n = 1;
        for (JsonNode child : node) {
            n += nodes(child);
        }
        return n;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }

    private static List<ObjectNode> loadSamples(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<ObjectNode> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add((ObjectNode) MAPPER.readTree(f.toFile()));
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no sample scenarios in " + dir.toAbsolutePath());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
