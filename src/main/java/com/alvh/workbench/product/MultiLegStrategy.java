package com.alvh.workbench.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Any list of option legs under a name (verticals, strangles, condors built by hand).
 *
 * @param name a display name (non-blank)
 * @param legs the legs (non-empty; copied, unmodifiable)
 */
public record MultiLegStrategy(String name, List<OptionLeg> legs) implements OptionStrategy {

    public MultiLegStrategy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legs, "legs");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, was '" + name + "'");
        }
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("legs must not be empty, was " + legs);
        }
        legs = List.copyOf(legs);
    }

    /** A strategy from legs; see the record components. */
    public static MultiLegStrategy of(String name, OptionLeg... legs) {
        return new MultiLegStrategy(name, List.of(legs));
    }

    /** A copy with one more leg. */
    public MultiLegStrategy plus(OptionLeg leg) {
        Objects.requireNonNull(leg, "leg");
        var all = new ArrayList<>(legs);
        all.add(leg);
        return new MultiLegStrategy(name, all);
    }

    /** A copy with every leg's quantity multiplied by {@code factor}. */
    public MultiLegStrategy scaled(double factor) {
        return new MultiLegStrategy(name, legs.stream().map(l -> l.withQuantity(l.quantity() * factor)).toList());
    }
}
