package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.PolicyPresets;

import java.util.Arrays;
import java.util.Locale;

/** A hedge policy in a scenario: one of the named presets, or layers written out in full. */
public sealed interface PolicySpec {

    /**
     * The policy for an account of {@code capital} USD (presets size their reserve from it).
     *
     * @param capital account capital (USD)
     */
    AlvhPolicy resolve(double capital);

    /** The presets by their file names. */
    enum PresetName {
        /** No hedge at all. */
        UNHEDGED("unhedged"),
        /** Early triggers, conservative size. */
        STEWARD("steward"),
        /** Late triggers, yield first. */
        PROMOTER("promoter"),
        /** The same hedge at all times ("loyalty"). */
        STATIC("static"),
        /** Cboe's VIX Tail Hedge rule. */
        VXTH("vxth");

        private final String id;

        PresetName(String id) {
            this.id = id;
        }

        /** The name used in scenario files. */
        public String id() {
            return id;
        }

        /**
         * @param id a file name such as {@code steward}
         * @throws IllegalArgumentException listing the known names
         */
        public static PresetName byId(String id) {
            for (PresetName p : values()) {
                if (p.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                    return p;
                }
            }
            throw new IllegalArgumentException("unknown preset '" + id + "', expected one of "
                    + Arrays.stream(values()).map(PresetName::id).toList());
        }
    }

    /** A named preset. */
    record Preset(PresetName preset) implements PolicySpec {
        public Preset {
            if (preset == null) {
                throw new IllegalArgumentException("preset is required");
            }
        }

        @Override
        public AlvhPolicy resolve(double capital) {
            return switch (preset) {
                case UNHEDGED -> AlvhPolicy.unhedged();
                case STEWARD -> PolicyPresets.steward(capital);
                case PROMOTER -> PolicyPresets.promoter(capital);
                case STATIC -> PolicyPresets.staticRatio();
                case VXTH -> PolicyPresets.vxth();
            };
        }
    }

    /** Layers and reserve written out in full. */
    record Custom(AlvhPolicy policy) implements PolicySpec {
        public Custom {
            if (policy == null) {
                throw new IllegalArgumentException("policy is required");
            }
        }

        @Override
        public AlvhPolicy resolve(double capital) {
            return policy;
        }
    }
}
