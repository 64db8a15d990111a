package com.alvh.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one JSON object while remembering where it is, so every problem is reported with its JSON
 * path and reading goes on after a problem (the user sees them all at once). A missing or
 * mistyped value is recorded and a neutral value returned ({@code NaN}, 0, null); the caller
 * builds domain objects only if no problem was recorded inside the object ({@link #build}).
 */
final class JsonCursor {

    private final JsonNode node;
    private final String path;
    private final List<ScenarioProblem> problems;

    JsonCursor(JsonNode node, String path, List<ScenarioProblem> problems) {
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path + "." + field;
    }

    JsonNode node() {
        return node;
    }

    boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    boolean has(String field) {
        JsonNode n = node.get(field);
        return n != null && !n.isNull();
    }

    int problemCount() {
        return problems.size();
    }

    void problem(String where, String message) {
        problems.add(new ScenarioProblem(where, message));
    }

    /** Records an unknown field for each member not in {@code allowed}. */
    void allowOnly(String... allowed) {
        if (!node.isObject()) {
            return;
        }
        Set<String> ok = new LinkedHashSet<>(Arrays.asList(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) {
                problem(pathOf(f), "unknown field '" + f + "'; allowed here: " + String.join(", ", ok));
            }
        }
    }

    /** Whether this is an object; records a problem if not. */
    boolean expectObject() {
        if (node.isObject()) {
            return true;
        }
        problem(path, isMissing() ? "is required (an object)" : "must be an object, was " + kind(node));
        return false;
    }

    /** A cursor on a member, whatever its JSON type. */
    JsonCursor child(String field) {
        return new JsonCursor(node.get(field), pathOf(field), problems);
    }

    JsonCursor object(String field) {
        JsonCursor c = new JsonCursor(node.get(field), pathOf(field), problems);
        c.expectObject();
        return c;
    }

    List<JsonCursor> array(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            problem(pathOf(field), "is required (an array)");
            return List.of();
        }
        if (!n.isArray()) {
            problem(pathOf(field), "must be an array, was " + kind(n));
            return List.of();
        }
        List<JsonCursor> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(new JsonCursor(n.get(i), pathOf(field) + "[" + i + "]", problems));
        }
        return out;
    }

    List<JsonCursor> optionalArray(String field) {
        return has(field) ? array(field) : List.of();
    }

    double number(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            problem(pathOf(field), "is required (a number)");
            return Double.NaN;
        }
        if (!n.isNumber()) {
            problem(pathOf(field), "must be a number, was " + kind(n));
            return Double.NaN;
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v)) {
            problem(pathOf(field), "must be finite, was " + n.asText());
            return Double.NaN;
        }
        return inRange(field, v) ? v : Double.NaN;
    }

    /** Whether {@code v} lies in the field's plausible range ({@link ScenarioRanges}); records the problem if not. */
    private boolean inRange(String field, double v) {
        ScenarioRanges.Range r = ScenarioRanges.of(ScenarioRanges.key(path, node, field));
        if (r != null && !r.contains(v)) {
            problem(pathOf(field), r.problem(v));
            return false;
        }
        return true;
    }

    /** An optional number; {@code absent} (documented in the schema) if the field is left out. */
    double number(String field, double absent) {
        return has(field) ? number(field) : absent;
    }

    int integer(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            problem(pathOf(field), "is required (an integer)");
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            problem(pathOf(field), "must be an integer, was " + n);
            return 0;
        }
        return inRange(field, n.intValue()) ? n.intValue() : 0;
    }

    /** A required integer that must be &gt; 0 (a count of days, paths or steps). */
    int positiveInteger(String field) {
        int before = problemCount();
        int v = integer(field);
        if (problemCount() == before && v <= 0) {
            problem(pathOf(field), "must be > 0, was " + v);
        }
        return v;
    }

    int integer(String field, int absent) {
        return has(field) ? integer(field) : absent;
    }

    long longInteger(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            problem(pathOf(field), "is required (an integer)");
            return 0;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            problem(pathOf(field), "must be an integer, was " + n);
            return 0;
        }
        return n.longValue();
    }

    boolean bool(String field, boolean absent) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return absent;
        }
        if (!n.isBoolean()) {
            problem(pathOf(field), "must be true or false, was " + n);
            return absent;
        }
        return n.booleanValue();
    }

    String text(String field) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            problem(pathOf(field), "is required (a string)");
            return null;
        }
        if (!n.isTextual()) {
            problem(pathOf(field), "must be a string, was " + kind(n));
            return null;
        }
        return n.textValue();
    }

    String text(String field, String absent) {
        return has(field) ? text(field) : absent;
    }

    LocalDate date(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(pathOf(field), "must be a date as YYYY-MM-DD, was '" + s + "'");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        problem(pathOf(field), "unknown value '" + s + "', expected one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
        return null;
    }

    /**
     * Builds a domain object if nothing went wrong inside this object since {@code mark}; the
     * constructor's own check becomes a problem at this path.
     */
    <T> T build(int mark, Supplier<T> constructor) {
        if (problems.size() != mark) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "the string \"" + n.textValue() + "\"";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.toString();
    }
}
