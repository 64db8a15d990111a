package com.alvh.workbench.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a policy sweep: a numeric field of the base scenario's policy, named by its JSON path,
 * and the values it takes.
 *
 * <p>Either {@code values} are listed (a grid takes exactly these), or a range {@code from .. to}
 * is given: a grid takes {@code count} evenly spaced values from {@code from} to {@code to}; a Latin
 * hypercube or the optimiser draws anywhere in the range. An integer field (a tenor or cooldown in
 * days, as the base scenario writes it) takes whole numbers only: drawn values are rounded.
 *
 * @param name a label for tables and charts (the path when the file gives none)
 * @param path the field, e.g. {@code $.policy.layers[1].entry.of[0].level}
 * @param values the listed values, or empty for a range
 * @param from the range's lower end (NaN with listed values)
 * @param to the range's upper end (NaN with listed values)
 * @param count grid values in the range (0 with listed values or when only drawn)
 * @param integer whether the field takes whole numbers
 */
public record SweepAxis(String name, String path, List<Double> values, double from, double to, int count,
                        boolean integer) {

    /** Most values one grid axis may take. */
    public static final int MAX_COUNT = 10_000;

    public SweepAxis {
        if (name == null || name.isBlank() || path == null || path.isBlank()) {
            throw new IllegalArgumentException("an axis needs a name and a path");
        }
        values = values == null ? List.of() : List.copyOf(values);
        if (values.isEmpty()) {
            if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
                throw new IllegalArgumentException("from must be below to, were " + from + " and " + to);
            }
            if (count < 0 || count == 1 || count > MAX_COUNT) {
                throw new IllegalArgumentException("count must be 0 (drawn only) or in [2, " + MAX_COUNT + "], was " + count);
            }
        } else {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("values must be finite numbers, had " + v);
                }
                if (integer && v != Math.rint(v)) {
                    throw new IllegalArgumentException(path + " takes whole numbers; values had " + v);
                }
            }
        }
    }

    /** Whether the axis is a list of values rather than a range. */
    public boolean listed() {
        return !values.isEmpty();
    }

    /**
     * The values a grid takes: the listed ones, or {@code count} evenly spaced from {@code from} to
     * {@code to} (rounded and without repeats for an integer field).
     *
     * @throws IllegalStateException for a range without a count
     */
    public List<Double> gridValues() {
        if (listed()) {
            return values;
        }
        if (count < 2) {
            throw new IllegalStateException("axis " + name + " has no grid count");
        }
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double v = k == count - 1 ? to : from + (to - from) * k / (count - 1);
            v = integer ? Math.rint(v) : v;
            if (out.isEmpty() || out.get(out.size() - 1) != v) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The value at position {@code u} of the axis: {@code from + u (to - from)} for a range (rounded
     * for an integer field), or the listed value at {@code floor(u n)} for a list of {@code n}.
     *
     * @param u a position in {@code [0, 1]} (clamped)
     */
    public double valueAt(double u) {
        double x = Math.min(Math.max(u, 0.0), 1.0);
        if (listed()) {
            return values.get(Math.min((int) (x * values.size()), values.size() - 1));
        }
        double v = from + x * (to - from);
        return integer ? Math.rint(v) : v;
    }
}
