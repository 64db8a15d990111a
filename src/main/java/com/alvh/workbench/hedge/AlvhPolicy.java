package com.alvh.workbench.hedge;

import java.util.List;

/**
 * An ALVH hedge policy: layers, each with its own trigger band, plus a reserve.
 *
 * @param name the policy's label (e.g. "Steward")
 * @param layers the hedge layers (possibly none: the unhedged policy)
 * @param reserve the second engine, or {@link Reserve#NONE}
 */
public record AlvhPolicy(String name, List<HedgeLayer> layers, Reserve reserve) {

    public AlvhPolicy {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("AlvhPolicy.name must not be blank");
        }
        if (layers == null) {
            throw new IllegalArgumentException("AlvhPolicy '" + name + "'.layers is required (may be empty)");
        }
        layers = List.copyOf(layers);
        long distinct = layers.stream().map(HedgeLayer::name).distinct().count();
        if (distinct != layers.size()) {
            throw new IllegalArgumentException("AlvhPolicy '" + name + "': layer names must be unique");
        }
        if (reserve == null) {
            reserve = Reserve.NONE;
        }
    }

    /** The unhedged policy: no layers, no reserve. */
    public static AlvhPolicy unhedged() {
        return new AlvhPolicy("Unhedged", List.of(), Reserve.NONE);
    }
}
