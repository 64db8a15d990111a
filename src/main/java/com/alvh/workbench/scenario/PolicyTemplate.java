package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A base policy with some of its numeric fields left open, named by JSON paths: the policies of a
 * sweep. The base policy is written out in full (a preset becomes its layers), each path is checked
 * against it once, and every set of values is read back through the scenario reader, so a value a
 * policy cannot take is refused with the path of the field, as in a scenario file.
 */
public final class PolicyTemplate {

    /** Where the policy sits in a scenario file; every axis path starts here. */
    public static final String ROOT = "$.policy";
    private static final Pattern SEGMENT = Pattern.compile("\\.([A-Za-z][A-Za-z0-9]*)|\\[(\\d{1,6})]");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ObjectNode base;
    private final double capital;
    private final List<String> paths;
    private final List<List<Object>> segments;

    private PolicyTemplate(ObjectNode base, double capital, List<String> paths, List<List<Object>> segments) {
        this.base = base;
        this.capital = capital;
        this.paths = List.copyOf(paths);
        this.segments = segments;
    }

    /**
     * The base policy written out in full, as a JSON tree (a copy).
     *
     * @param scenario the base scenario
     */
    static ObjectNode policyTree(ScenarioSpec scenario) {
        return PolicyJson.writePolicy(scenario.policy().resolve(scenario.capital()));
    }

    /**
     * Checks the paths against the base scenario's policy.
     *
     * @param scenario the base scenario
     * @param paths one per axis
     * @return the template
     * @throws IllegalArgumentException naming the first path that does not lead to a number, and why
     */
    public static PolicyTemplate of(ScenarioSpec scenario, List<String> paths) {
        ObjectNode tree = policyTree(scenario);
        List<List<Object>> parsed = new ArrayList<>();
        for (String p : paths) {
            parsed.add(locate(tree, p));
        }
        return new PolicyTemplate(tree, scenario.capital(), paths, parsed);
    }

    /**
     * Where a path leads in the policy tree, or why it leads nowhere.
     *
     * @return the path's segments after {@code $.policy}: field names and array indices
     * @throws IllegalArgumentException if the path is malformed, leaves the policy, or does not end at a number
     */
    static List<Object> locate(ObjectNode policy, String path) {
        if (path == null || !(path.equals(ROOT) || path.startsWith(ROOT + ".") || path.startsWith(ROOT + "["))) {
            throw new IllegalArgumentException("must start with " + ROOT + " (a sweep varies the policy only: every"
                    + " policy runs on the same market paths and condor), was '" + path + "'");
        }
        List<Object> out = new ArrayList<>();
        Matcher m = SEGMENT.matcher(path);
        int at = ROOT.length();
        JsonNode node = policy;
        StringBuilder where = new StringBuilder(ROOT);
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("cannot read '" + path.substring(at) + "' in '" + path
                        + "': expected .field or [index]");
            }
            if (m.group(1) != null) {
                String field = m.group(1);
                if (!node.isObject()) {
                    throw new IllegalArgumentException(where + " is " + JsonCursor.kind(node) + ", not an object: no field '"
                            + field + "' there");
                }
                JsonNode next = node.get(field);
                if (next == null) {
                    throw new IllegalArgumentException("no field '" + field + "' at " + where + " in the base policy; fields there: "
                            + String.join(", ", names(node)));
                }
                out.add(field);
                node = next;
                where.append('.').append(field);
            } else {
                int index = Integer.parseInt(m.group(2));
                if (!node.isArray()) {
                    throw new IllegalArgumentException(where + " is " + JsonCursor.kind(node) + ", not an array: no ["
                            + index + "] there");
                }
                if (index >= node.size()) {
                    throw new IllegalArgumentException("no [" + index + "] at " + where + " in the base policy: it has "
                            + node.size() + (node.size() == 1 ? " element" : " elements"));
                }
                out.add(index);
                node = node.get(index);
                where.append('[').append(index).append(']');
            }
            at = m.end();
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(where + " is " + (node.isObject() ? "an object" : JsonCursor.kind(node))
                    + " in the base policy, not a number");
        }
        return List.copyOf(out);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    /**
     * A numeric field of a policy: what an axis can vary.
     *
     * @param path its JSON path, e.g. {@code $.policy.layers[1].entry.of[0].level}
     * @param value its value in the base policy
     * @param integer whether it takes whole numbers only
     */
    public record Field(String path, double value, boolean integer) {
    }

    /**
     * Every numeric field of a scenario's policy (written out in full), in file order: the fields a
     * sweep can vary.
     *
     * @param scenario the scenario
     * @return the fields
     */
    public static List<Field> numericFields(ScenarioSpec scenario) {
        List<Field> out = new ArrayList<>();
        collect(policyTree(scenario), ROOT, out);
        return List.copyOf(out);
    }

    private static void collect(JsonNode node, String path, List<Field> out) {
        if (node.isNumber()) {
            out.add(new Field(path, node.doubleValue(), node.isIntegralNumber()));
        } else if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                collect(node.get(f), path + "." + f, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** The paths, one per axis. */
    public List<String> paths() {
        return paths;
    }

    /** The base policy's value at axis {@code axis}'s path. */
    public double baseValue(int axis) {
        return nodeAt(base, segments.get(axis)).doubleValue();
    }

    /** Whether the base policy holds a whole number, written as an integer, at axis {@code axis}'s path. */
    public boolean integerAt(int axis) {
        return nodeAt(base, segments.get(axis)).isIntegralNumber();
    }

    private static JsonNode nodeAt(JsonNode root, List<Object> segs) {
        JsonNode n = root;
        for (Object s : segs) {
            n = s instanceof String f ? n.get(f) : n.get((Integer) s);
        }
        return n;
    }

    /**
     * The policy with the axes' values set.
     *
     * @param values one per axis, in the order of {@link #paths()}
     * @param name the policy's name
     * @return the policy
     * @throws ScenarioException listing what the policy cannot be, each at the path of its field
     */
    public AlvhPolicy policy(double[] values, String name) {
        if (values.length != paths.size()) {
            throw new IllegalArgumentException(paths.size() + " values expected, got " + values.length);
        }
        ObjectNode tree = base.deepCopy();
        tree.put("name", name);
        for (int a = 0; a < values.length; a++) {
            List<Object> segs = segments.get(a);
            JsonNode parent = nodeAt(tree, segs.subList(0, segs.size() - 1));
            Object last = segs.get(segs.size() - 1);
            double v = values[a];
            // A whole number is written as an integer: the reader takes it for an integer field and a decimal one.
            JsonNode number = v == Math.rint(v) && Math.abs(v) < 1e15 ? F.numberNode((long) v) : F.numberNode(v);
            if (last instanceof String f) {
                ((ObjectNode) parent).set(f, number);
            } else {
                ((ArrayNode) parent).set((Integer) last, number);
            }
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        AlvhPolicy policy = PolicyJson.readPolicy(new JsonCursor(tree, ROOT, problems));
        if (policy != null && problems.isEmpty() && policy.reserve().capital() >= capital) {
            problems.add(new ScenarioProblem(ROOT + ".reserve.capital", "the reserve (" + policy.reserve().capital()
                    + " USD) must be below the account capital (" + capital + " USD)"));
        }
        if (!problems.isEmpty() || policy == null) {
            throw new ScenarioException(name, problems.isEmpty()
                    ? List.of(new ScenarioProblem(ROOT, "could not be read")) : problems);
        }
        return policy;
    }
}
