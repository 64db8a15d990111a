package com.alvh.workbench.defi;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;

import java.util.HashMap;
import java.util.Map;

/**
 * An ALVH policy (layers, triggers, sizes, exits, reserve: the same machinery as the equity side)
 * with the DeFi instrument each layer buys. Layers not named in {@code instruments} must be
 * {@code SPX_PUT} layers, read as puts on the position's hedge asset.
 *
 * @param policy the layers and reserve
 * @param instruments DeFi instrument per layer name (the reserve's deployment layer included)
 * @param terms funding, vol markup, slippage, cover loading
 */
public record DefiHedgePolicy(AlvhPolicy policy, Map<String, DefiInstrument> instruments, HedgeTerms terms) {

    public DefiHedgePolicy {
        if (policy == null) {
            throw new IllegalArgumentException("DefiHedgePolicy.policy is required");
        }
        instruments = Map.copyOf(instruments == null ? Map.of() : instruments);
        terms = terms == null ? HedgeTerms.DEFAULT : terms;
        for (HedgeLayer l : policy.layers()) {
            resolve(l, instruments);
        }
        if (policy.reserve().active()) {
            resolve(policy.reserve().deployment(), instruments);
        }
    }

    /** The unhedged policy. */
    public static DefiHedgePolicy unhedged() {
        return new DefiHedgePolicy(AlvhPolicy.unhedged(), Map.of(), HedgeTerms.DEFAULT);
    }

    /** A policy whose layers are all of one instrument. */
    public static DefiHedgePolicy of(AlvhPolicy policy, DefiInstrument instrument, HedgeTerms terms) {
        Map<String, DefiInstrument> m = new HashMap<>();
        policy.layers().forEach(l -> m.put(l.name(), instrument));
        if (policy.reserve().active()) {
            m.put(policy.reserve().deployment().name(), instrument);
        }
        return new DefiHedgePolicy(policy, m, terms);
    }

    /** The instrument layer {@code layer} buys. */
    public DefiInstrument instrumentOf(HedgeLayer layer) {
        return resolve(layer, instruments);
    }

    private static DefiInstrument resolve(HedgeLayer layer, Map<String, DefiInstrument> instruments) {
        DefiInstrument d = instruments.get(layer.name());
        if (d != null) {
            return d;
        }
        if (layer.instrument() == HedgeInstrumentKind.SPX_PUT) {
            return DefiInstrument.ASSET_PUT;
        }
        throw new IllegalArgumentException("DeFi layer '" + layer.name() + "' buys " + layer.instrument()
                + ", which has no DeFi meaning; map it to a DefiInstrument in DefiHedgePolicy.instruments");
    }
}
