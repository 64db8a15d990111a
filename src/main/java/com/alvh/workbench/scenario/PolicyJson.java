package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.ExitRule;
import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.Reserve;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.hedge.Trigger;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;

/** JSON form of hedge policies, layers, triggers, strike, size and exit rules (docs/scenario-format.md). */
final class PolicyJson {

    /** The trigger {@code type} names, one per record of the sealed {@link Trigger} interface. */
    static final List<String> TRIGGER_TYPES = List.of("always", "vixAbove", "vixBelow", "vixFutureBetween",
            "vixRatioAbove", "portfolioDrawdownAbove", "spxDrawdownAbove", "indicatorAbove", "indicatorBelow",
            "eventWithin", "realisedVolAbove", "pegDeviationAbove", "allOf", "anyOf", "not");

    /** Deepest nesting of allOf, anyOf and not read from a file; real policies use two or three levels. */
    static final int MAX_TRIGGER_DEPTH = 32;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PolicyJson() {
    }

    // ---------------------------------------------------------------- reading

    static PolicySpec readPolicySpec(JsonCursor c) {
        if (c.node().isTextual()) {
            try {
                return new PolicySpec.Preset(PolicySpec.PresetName.byId(c.node().textValue()));
            } catch (IllegalArgumentException e) {
                c.problem(c.path(), e.getMessage());
                return null;
            }
        }
        if (!c.expectObject()) {
            return null;
        }
        if (c.has("preset")) {
            c.allowOnly("preset");
            String id = c.text("preset");
            if (id == null) {
                return null;
            }
            try {
                return new PolicySpec.Preset(PolicySpec.PresetName.byId(id));
            } catch (IllegalArgumentException e) {
                c.problem(c.pathOf("preset"), e.getMessage());
                return null;
            }
        }
        AlvhPolicy p = readPolicy(c);
        return p == null ? null : new PolicySpec.Custom(p);
    }

    static AlvhPolicy readPolicy(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("name", "layers", "reserve");
        String name = c.text("name");
        List<HedgeLayer> layers = new ArrayList<>();
        for (JsonCursor l : c.array("layers")) {
            layers.add(readLayer(l));
        }
        Reserve reserve = c.has("reserve") ? readReserve(c.object("reserve")) : Reserve.NONE;
        return c.build(mark, () -> new AlvhPolicy(name, layers, reserve));
    }

    static Reserve readReserve(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        c.allowOnly("capital", "costRate", "breach", "deployment");
        double capital = c.number("capital");
        double costRate = c.number("costRate");
        Trigger breach = readTrigger(c.object("breach"));
        HedgeLayer deployment = readLayer(c.object("deployment"));
        return c.build(mark, () -> new Reserve(capital, costRate, breach, deployment));
    }

    static HedgeLayer readLayer(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.expectObject()) {
            return null;
        }
        c.allowOnly("name", "instrument", "strike", "spreadWidth", "tenorDays", "size", "entry", "exit", "roll",
                "cooldownDays");
        String name = c.text("name");
        HedgeInstrumentKind instrument = c.enumValue("instrument", HedgeInstrumentKind.class);
        StrikeRule strike = c.has("strike") ? readStrike(c.object("strike")) : null;
        if (!c.has("strike") && instrument != null && instrument != HedgeInstrumentKind.VIX_FUTURE) {
            c.problem(c.pathOf("strike"), "is required for " + instrument.name().toLowerCase(Locale.ROOT));
        }
        double spreadWidth;
        if (instrument == HedgeInstrumentKind.VIX_CALL_SPREAD) {
            spreadWidth = c.number("spreadWidth");
        } else {
            // Meaningless for other instruments (HedgeLayer ignores it) and not saved for them, so it is
            // checked as the schema says (>= 0) but not kept: the spec read equals the spec reopened.
            double given = c.number("spreadWidth", 0.0);
            if (given < 0.0) {
                c.problem(c.pathOf("spreadWidth"), "must be >= 0, was " + given);
            }
            spreadWidth = 0.0;
        }
        int tenorDays = c.positiveInteger("tenorDays");
        SizeRule size = readSize(c.object("size"));
        Trigger entry = readTrigger(c.object("entry"));
        ExitRule exit = c.has("exit") ? readExit(c.object("exit")) : ExitRule.HOLD;
        boolean roll = c.bool("roll", false);
        int cooldown = c.integer("cooldownDays", 0);
        return c.build(mark, () -> new HedgeLayer(name, instrument, strike, spreadWidth, tenorDays, size, entry, exit,
                roll, cooldown));
    }

    /** A rule of one number, told apart by its {@code type}: the number's field and how to make the rule. */
    private record OneNumber<T>(String field, java.util.function.DoubleFunction<T> make) {
        /** Reads {@code {"type": .., field: number}} at {@code c} (its type already known). */
        T read(JsonCursor c, int mark) {
            c.allowOnly("type", field);
            double x = c.number(field);
            return c.build(mark, () -> make.apply(x));
        }
    }

    private static final Map<String, OneNumber<StrikeRule>> STRIKE_RULES = inOrder(List.of(
            Map.entry("absolute", new OneNumber<>("strike", StrikeRule.Absolute::new)),
            Map.entry("percentFromReference", new OneNumber<>("percent", StrikeRule.PercentFromReference::new)),
            Map.entry("delta", new OneNumber<>("delta", StrikeRule.Delta::new))));

    private static final Map<String, OneNumber<SizeRule>> SIZE_RULES = inOrder(List.of(
            Map.entry("contracts", new OneNumber<>("contracts", SizeRule.Contracts::new)),
            Map.entry("fractionOfMaxLoss", new OneNumber<>("fraction", SizeRule.FractionOfMaxLoss::new)),
            Map.entry("vegaRatio", new OneNumber<>("ratio", SizeRule.VegaRatio::new)),
            Map.entry("fractionOfCapital", new OneNumber<>("fraction", SizeRule.FractionOfCapital::new)),
            Map.entry("cashBudget", new OneNumber<>("usd", SizeRule.CashBudget::new))));

    private static final Map<String, OneNumber<Trigger>> ONE_NUMBER_TRIGGERS = inOrder(List.of(
            Map.entry("vixAbove", new OneNumber<>("level", Trigger.VixAbove::new)),
            Map.entry("vixBelow", new OneNumber<>("level", Trigger.VixBelow::new)),
            Map.entry("vixRatioAbove", new OneNumber<>("ratio", Trigger.VixRatioAbove::new)),
            Map.entry("portfolioDrawdownAbove", new OneNumber<>("fraction", Trigger.PortfolioDrawdownAbove::new)),
            Map.entry("spxDrawdownAbove", new OneNumber<>("fraction", Trigger.SpxDrawdownAbove::new)),
            Map.entry("realisedVolAbove", new OneNumber<>("vol", Trigger.RealisedVolAbove::new)),
            Map.entry("pegDeviationAbove", new OneNumber<>("deviation", Trigger.PegDeviationAbove::new))));

    /** The entries as a map that keeps their order (the order messages list the types in). */
    private static <T> Map<String, T> inOrder(List<Map.Entry<String, T>> entries) {
        Map<String, T> m = new java.util.LinkedHashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(m);
    }

    static StrikeRule readStrike(JsonCursor c) {
        return readOneNumber(c, "strike rule", STRIKE_RULES);
    }

    static SizeRule readSize(JsonCursor c) {
        return readOneNumber(c, "size rule", SIZE_RULES);
    }

    /** {@code {"type": T, field: number}}: the rule, or null with the problems recorded. */
    private static <T> T readOneNumber(JsonCursor c, String what, Map<String, OneNumber<T>> rules) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        String type = c.text("type");
        if (type == null) {
            return null;
        }
        OneNumber<T> rule = rules.get(type);
        if (rule == null) {
            c.problem(c.pathOf("type"), "unknown " + what + " '" + type + "', expected one of " + rules.keySet());
            return null;
        }
        return rule.read(c, mark);
    }

    static ExitRule readExit(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        c.allowOnly("monetiseVixAbove", "monetiseFraction", "takeProfitMultiple", "exitDaysToExpiry");
        double monetise = c.number("monetiseVixAbove", Double.NaN);
        double fraction = c.number("monetiseFraction", 1.0);
        double takeProfit = c.number("takeProfitMultiple", Double.NaN);
        int exitDays = c.integer("exitDaysToExpiry", 0);
        return c.build(mark, () -> new ExitRule(monetise, fraction, takeProfit, exitDays));
    }

    static Trigger readTrigger(JsonCursor c) {
        return readTrigger(c, 1);
    }

    /**
     * @param depth 1 for a layer's or reserve's own trigger, one more inside each allOf, anyOf or not;
     *        bounded so a crafted file cannot exhaust the reading thread's stack (found by ScenarioLoaderFuzzTest)
     */
    private static Trigger readTrigger(JsonCursor c, int depth) {
        int mark = c.problemCount();
        if (!c.node().isObject()) {
            return null;
        }
        if (depth > MAX_TRIGGER_DEPTH) {
            c.problem(c.path(), "triggers nest at most " + MAX_TRIGGER_DEPTH + " deep (allOf, anyOf, not)");
            return null;
        }
        String type = c.text("type");
        if (type == null) {
            return null;
        }
        OneNumber<Trigger> oneNumber = ONE_NUMBER_TRIGGERS.get(type);
        if (oneNumber != null) {
            return oneNumber.read(c, mark);
        }
        switch (type) {
            case "always" -> {
                c.allowOnly("type");
                return new Trigger.Always();
            }
            case "vixFutureBetween" -> {
                c.allowOnly("type", "low", "high", "tenorDays");
                double lo = c.number("low");
                double hi = c.number("high");
                int tenor = c.integer("tenorDays");
                return c.build(mark, () -> new Trigger.VixFutureBetween(lo, hi, tenor));
            }
            case "indicatorAbove", "indicatorBelow" -> {
                c.allowOnly("type", "series", "indicator", "threshold");
                IndicatorSeries s = c.enumValue("series", IndicatorSeries.class);
                IndicatorKind k = c.enumValue("indicator", IndicatorKind.class);
                double t = c.number("threshold");
                return type.equals("indicatorAbove") ? c.build(mark, () -> new Trigger.IndicatorAbove(s, k, t))
                        : c.build(mark, () -> new Trigger.IndicatorBelow(s, k, t));
            }
            case "eventWithin" -> {
                c.allowOnly("type", "event", "tradingDays");
                EventKind e = c.enumValue("event", EventKind.class);
                int days = c.integer("tradingDays");
                return c.build(mark, () -> new Trigger.EventWithin(e, days));
            }
            case "allOf", "anyOf" -> {
                c.allowOnly("type", "of");
                List<Trigger> parts = new ArrayList<>();
                for (JsonCursor p : c.array("of")) {
                    parts.add(readTrigger(p, depth + 1));
                }
                return type.equals("allOf") ? c.build(mark, () -> new Trigger.AllOf(parts))
                        : c.build(mark, () -> new Trigger.AnyOf(parts));
            }
            case "not" -> {
                c.allowOnly("type", "of");
                Trigger inner = readTrigger(c.object("of"), depth + 1);
                return c.build(mark, () -> new Trigger.Not(inner));
            }
            default -> {
                c.problem(c.pathOf("type"), "unknown trigger '" + type + "', expected one of " + TRIGGER_TYPES);
                return null;
            }
        }
    }

    // ---------------------------------------------------------------- writing

    static Object writePolicySpec(PolicySpec spec) {
        if (spec instanceof PolicySpec.Preset p) {
            return p.preset().id();
        }
        return writePolicy(((PolicySpec.Custom) spec).policy());
    }

    static ObjectNode writePolicy(AlvhPolicy p) {
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        ArrayNode layers = o.putArray("layers");
        p.layers().forEach(l -> layers.add(writeLayer(l)));
        // Written whenever it has its trigger and layer, also at zero capital: a save must keep what was read.
        if (p.reserve().breach() != null && p.reserve().deployment() != null) {
            ObjectNode r = o.putObject("reserve");
            r.put("capital", p.reserve().capital());
            r.put("costRate", p.reserve().costRate());
            r.set("breach", writeTrigger(p.reserve().breach()));
            r.set("deployment", writeLayer(p.reserve().deployment()));
        }
        return o;
    }

    static ObjectNode writeLayer(HedgeLayer l) {
        ObjectNode o = F.objectNode();
        o.put("name", l.name());
        o.put("instrument", l.instrument().name());
        if (l.strike() != null) {
            o.set("strike", writeStrike(l.strike()));
        }
        if (l.instrument() == HedgeInstrumentKind.VIX_CALL_SPREAD) {
            o.put("spreadWidth", l.spreadWidth());
        }
        o.put("tenorDays", l.tenorDays());
        o.set("size", writeSize(l.size()));
        o.set("entry", writeTrigger(l.entry()));
        ObjectNode exit = o.putObject("exit");
        ExitRule e = l.exit();
        if (!Double.isNaN(e.monetiseVixAbove())) {
            exit.put("monetiseVixAbove", e.monetiseVixAbove());
        }
        exit.put("monetiseFraction", e.monetiseFraction());
        if (!Double.isNaN(e.takeProfitMultiple())) {
            exit.put("takeProfitMultiple", e.takeProfitMultiple());
        }
        exit.put("exitDaysToExpiry", e.exitDaysToExpiry());
        o.put("roll", l.rollWhileTriggered());
        o.put("cooldownDays", l.cooldownDays());
        return o;
    }

    static ObjectNode writeStrike(StrikeRule s) {
        ObjectNode o = F.objectNode();
        if (s instanceof StrikeRule.Absolute a) {
            o.put("type", "absolute").put("strike", a.strike());
        } else if (s instanceof StrikeRule.PercentFromReference p) {
            o.put("type", "percentFromReference").put("percent", p.percent());
        } else if (s instanceof StrikeRule.Delta d) {
            o.put("type", "delta").put("delta", d.delta());
        } else {
            throw new IllegalStateException("no JSON form for strike rule " + s);
        }
        return o;
    }

    static ObjectNode writeSize(SizeRule s) {
        ObjectNode o = F.objectNode();
        if (s instanceof SizeRule.Contracts c) {
            o.put("type", "contracts").put("contracts", c.contracts());
        } else if (s instanceof SizeRule.FractionOfMaxLoss f) {
            o.put("type", "fractionOfMaxLoss").put("fraction", f.fraction());
        } else if (s instanceof SizeRule.VegaRatio v) {
            o.put("type", "vegaRatio").put("ratio", v.ratio());
        } else if (s instanceof SizeRule.FractionOfCapital f) {
            o.put("type", "fractionOfCapital").put("fraction", f.fraction());
        } else if (s instanceof SizeRule.CashBudget b) {
            o.put("type", "cashBudget").put("usd", b.usd());
        } else {
            throw new IllegalStateException("no JSON form for size rule " + s);
        }
        return o;
    }

    static ObjectNode writeTrigger(Trigger t) {
        Objects.requireNonNull(t, "trigger");
        ObjectNode o = F.objectNode();
        if (t instanceof Trigger.Always) {
            o.put("type", "always");
        } else if (t instanceof Trigger.VixAbove v) {
            o.put("type", "vixAbove").put("level", v.level());
        } else if (t instanceof Trigger.VixBelow v) {
            o.put("type", "vixBelow").put("level", v.level());
        } else if (t instanceof Trigger.VixFutureBetween v) {
            o.put("type", "vixFutureBetween").put("low", v.low()).put("high", v.high()).put("tenorDays", v.tenorDays());
        } else if (t instanceof Trigger.VixRatioAbove v) {
            o.put("type", "vixRatioAbove").put("ratio", v.ratio());
        } else if (t instanceof Trigger.PortfolioDrawdownAbove d) {
            o.put("type", "portfolioDrawdownAbove").put("fraction", d.fraction());
        } else if (t instanceof Trigger.SpxDrawdownAbove d) {
            o.put("type", "spxDrawdownAbove").put("fraction", d.fraction());
        } else if (t instanceof Trigger.IndicatorAbove i) {
            o.put("type", "indicatorAbove").put("series", i.series().name()).put("indicator", i.indicator().name())
                    .put("threshold", i.threshold());
        } else if (t instanceof Trigger.IndicatorBelow i) {
            o.put("type", "indicatorBelow").put("series", i.series().name()).put("indicator", i.indicator().name())
                    .put("threshold", i.threshold());
        } else if (t instanceof Trigger.EventWithin e) {
            o.put("type", "eventWithin").put("event", e.kind().name()).put("tradingDays", e.tradingDays());
        } else if (t instanceof Trigger.RealisedVolAbove r) {
            o.put("type", "realisedVolAbove").put("vol", r.vol());
        } else if (t instanceof Trigger.PegDeviationAbove d) {
            o.put("type", "pegDeviationAbove").put("deviation", d.deviation());
        } else if (t instanceof Trigger.AllOf a) {
            o.put("type", "allOf");
            ArrayNode of = o.putArray("of");
            a.conditions().forEach(x -> of.add(writeTrigger(x)));
        } else if (t instanceof Trigger.AnyOf a) {
            o.put("type", "anyOf");
            ArrayNode of = o.putArray("of");
            a.conditions().forEach(x -> of.add(writeTrigger(x)));
        } else if (t instanceof Trigger.Not n) {
            o.put("type", "not");
            o.set("of", writeTrigger(n.condition()));
        } else {
            throw new IllegalStateException("no JSON form for trigger " + t.getClass().getSimpleName());
        }
        return o;
    }
}
