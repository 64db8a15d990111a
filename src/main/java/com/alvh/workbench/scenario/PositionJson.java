package com.alvh.workbench.scenario;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.CondorRule;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.LegStrike;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.PositionLeg;
import com.alvh.workbench.sim.PositionSize;
import com.alvh.workbench.sim.Settlement;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSON form of the equity position (docs/scenario-format.md): the {@code position} section with its
 * legs, expiry, size, settlement and management, and the earlier {@code condor} section, still read and
 * turned into its legs.
 */
final class PositionJson {

    /** The leg strike {@code type} names, one per record of {@link LegStrike}. */
    static final List<String> STRIKE_TYPES = List.of("delta", "percentFromSpot", "absolute", "percentFromLeg",
            "pointsFromLeg");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PositionJson() {
    }

    // ---------------------------------------------------------------- reading

    /** Reads a {@code position} section. */
    static EquityPosition read(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.expectObject()) {
            return null;
        }
        c.allowOnly("name", "legs", "expiry", "contracts", "size", "settlement", "management");
        String name = c.text("name", "Position");
        List<JsonCursor> legCursors = c.array("legs");
        if (c.has("legs") && c.node().get("legs").isArray()
                && (legCursors.isEmpty() || legCursors.size() > EquityPosition.MAX_LEGS)) {
            c.problem(c.pathOf("legs"), "must hold 1 to " + EquityPosition.MAX_LEGS + " legs, had " + legCursors.size());
        }
        List<PositionLeg> legs = new ArrayList<>();
        for (JsonCursor l : legCursors) {
            legs.add(readLeg(l));
        }
        checkReferences(c, legCursors, legs);
        PositionExpiry expiry = readExpiry(c.object("expiry"));
        PositionSize size = readSize(c);
        Settlement settlement = c.has("settlement") ? c.enumValue("settlement", Settlement.class) : Settlement.CLOSE;
        CondorManagement management = readManagement(c.object("management"));
        return c.build(mark, () -> new EquityPosition(name, legs, expiry, size, management, settlement));
    }

    /** Reads the earlier {@code condor} section as its position. */
    static EquityPosition readCondor(JsonCursor c) {
        int mark = c.problemCount();
        c.allowOnly("rule", "daysToExpiry", "contracts", "management");
        CondorRule rule = null;
        JsonCursor r = c.object("rule");
        if (r.node() != null && r.node().isObject()) {
            int m = r.problemCount();
            String type = r.text("type");
            if ("delta".equals(type)) {
                r.allowOnly("type", "shortDelta", "longDelta");
                double s = r.number("shortDelta");
                double l = r.number("longDelta");
                rule = r.build(m, () -> new CondorRule.ByDelta(s, l));
            } else if ("distance".equals(type)) {
                r.allowOnly("type", "shortPercent", "wingPercent");
                double s = r.number("shortPercent");
                double w = r.number("wingPercent");
                rule = r.build(m, () -> new CondorRule.ByDistancePercent(s, w));
            } else if (type != null) {
                r.problem(r.pathOf("type"), "unknown condor rule '" + type + "', expected one of [delta, distance]");
            }
        }
        int days = c.positiveInteger("daysToExpiry");
        double contracts = c.number("contracts");
        CondorManagement management = readManagement(c.object("management"));
        CondorRule fr = rule;
        CondorSpec spec = c.build(mark, () -> new CondorSpec(fr, days, contracts, management));
        return spec == null ? null : spec.toPosition();
    }

    private static PositionLeg readLeg(JsonCursor c) {
        int mark = c.problemCount();
        if (!c.expectObject()) {
            return null;
        }
        c.allowOnly("type", "quantity", "strike", "beyond");
        OptionType type = c.enumValue("type", OptionType.class);
        double quantity = c.number("quantity");
        LegStrike strike = readStrike(c.object("strike"));
        int beyond = c.integer("beyond", -1);
        if (c.has("beyond") && beyond < 0 && c.problemCount() == mark) {
            c.problem(c.pathOf("beyond"), "must be a leg index >= 0, was " + beyond);
        }
        return c.build(mark, () -> new PositionLeg(type, quantity, strike, beyond));
    }

    private static LegStrike readStrike(JsonCursor c) {
        int mark = c.problemCount();
        if (c.node() == null || !c.node().isObject()) {
            return null;
        }
        String type = c.text("type");
        if (type == null) {
            return null;
        }
        switch (type) {
            case "delta" -> {
                c.allowOnly("type", "delta");
                double d = c.number("delta");
                return c.build(mark, () -> new LegStrike.Delta(d));
            }
            case "percentFromSpot" -> {
                c.allowOnly("type", "percent");
                double p = c.number("percent");
                return c.build(mark, () -> new LegStrike.PercentFromSpot(p));
            }
            case "absolute" -> {
                c.allowOnly("type", "strike");
                double k = c.number("strike");
                return c.build(mark, () -> new LegStrike.Absolute(k));
            }
            case "percentFromLeg" -> {
                c.allowOnly("type", "leg", "percent");
                int leg = c.integer("leg");
                double p = c.number("percent");
                return c.build(mark, () -> new LegStrike.PercentFromLeg(leg, p));
            }
            case "pointsFromLeg" -> {
                c.allowOnly("type", "leg", "points");
                int leg = c.integer("leg");
                double p = c.number("points");
                return c.build(mark, () -> new LegStrike.PointsFromLeg(leg, p));
            }
            default -> {
                c.problem(c.pathOf("type"), "unknown strike rule '" + type + "', expected one of " + STRIKE_TYPES);
                return null;
            }
        }
    }

    /** The legs' references to each other, at their own paths (the position's constructor checks them too). */
    private static void checkReferences(JsonCursor c, List<JsonCursor> cursors, List<PositionLeg> legs) {
        for (int j = 0; j < legs.size(); j++) {
            PositionLeg leg = legs.get(j);
            if (leg == null) {
                continue;
            }
            int ref = leg.strike().referenceLeg();
            if (ref >= 0) {
                String where = cursors.get(j).pathOf("strike") + ".leg";
                if (ref >= legs.size() || ref == j) {
                    c.problem(where, "must name another leg (0.." + (legs.size() - 1) + "), was " + ref);
                } else if (legs.get(ref) != null && legs.get(ref).strike().referenceLeg() >= 0) {
                    c.problem(where, "must name a leg whose strike is not itself relative; leg " + ref + "'s is");
                }
            }
            int b = leg.beyond();
            if (b >= 0) {
                String where = cursors.get(j).pathOf("beyond");
                if (b >= legs.size() || b == j) {
                    c.problem(where, "must name another leg (0.." + (legs.size() - 1) + "), was " + b);
                } else if (legs.get(b) != null && legs.get(b).type() != leg.type()) {
                    c.problem(where, "must name a leg of the same type (" + name(leg.type()) + "), leg " + b + " is a "
                            + name(legs.get(b).type()));
                }
            }
        }
    }

    private static PositionExpiry readExpiry(JsonCursor c) {
        int mark = c.problemCount();
        if (c.node() == null || !c.node().isObject()) {
            return null;
        }
        String type = c.text("type");
        if ("days".equals(type)) {
            c.allowOnly("type", "days");
            int days = c.positiveInteger("days");
            return c.build(mark, () -> new PositionExpiry.Days(days));
        }
        if ("monthly".equals(type)) {
            c.allowOnly("type");
            return new PositionExpiry.Monthly();
        }
        if (type != null) {
            c.problem(c.pathOf("type"), "unknown expiry '" + type + "', expected one of [days, monthly]");
        }
        return null;
    }

    private static PositionSize readSize(JsonCursor c) {
        boolean contracts = c.has("contracts");
        boolean size = c.has("size");
        if (contracts == size) {
            c.problem(c.path(), contracts ? "give either contracts or size, not both"
                    : "needs contracts (a number) or size (an object)");
            return null;
        }
        if (contracts) {
            int mark = c.problemCount();
            double n = c.number("contracts");
            if (c.problemCount() != mark) {
                return null;
            }
            try {
                return new PositionSize.Contracts(n);
            } catch (IllegalArgumentException e) {
                c.problem(c.pathOf("contracts"), e.getMessage());
                return null;
            }
        }
        JsonCursor s = c.object("size");
        int mark = s.problemCount();
        if (s.node() == null || !s.node().isObject()) {
            return null;
        }
        String type = s.text("type");
        if ("collateralised".equals(type)) {
            s.allowOnly("type", "maxLossMultiple");
            double m = s.number("maxLossMultiple");
            return s.build(mark, () -> new PositionSize.Collateralised(m));
        }
        if (type != null) {
            s.problem(s.pathOf("type"), "unknown size '" + type + "', expected one of [collateralised]");
        }
        return null;
    }

    private static CondorManagement readManagement(JsonCursor m) {
        int mm = m.problemCount();
        m.allowOnly("takeProfitFraction", "stopLossMultiple", "closeAtDaysToExpiry", "repeat");
        double tp = m.number("takeProfitFraction", Double.NaN);
        double sl = m.number("stopLossMultiple", Double.NaN);
        int close = m.integer("closeAtDaysToExpiry", 0);
        boolean repeat = m.bool("repeat", false);
        return m.build(mm, () -> new CondorManagement(tp, sl, close, repeat));
    }

    // ---------------------------------------------------------------- writing

    static ObjectNode write(EquityPosition p) {
        ObjectNode o = F.objectNode();
        o.put("name", p.name());
        ArrayNode legs = o.putArray("legs");
        for (PositionLeg leg : p.legs()) {
            ObjectNode l = legs.addObject();
            l.put("type", name(leg.type())).put("quantity", leg.quantity());
            l.set("strike", writeStrike(leg.strike()));
            if (leg.beyond() >= 0) {
                l.put("beyond", leg.beyond());
            }
        }
        if (p.expiry() instanceof PositionExpiry.Days d) {
            o.putObject("expiry").put("type", "days").put("days", d.days());
        } else {
            o.putObject("expiry").put("type", "monthly");
        }
        if (p.size() instanceof PositionSize.Contracts c) {
            o.put("contracts", c.contracts());
        } else if (p.size() instanceof PositionSize.Collateralised c) {
            o.putObject("size").put("type", "collateralised").put("maxLossMultiple", c.maxLossMultiple());
        }
        o.put("settlement", p.settlement().name().toLowerCase(Locale.ROOT));
        ObjectNode mg = o.putObject("management");
        CondorManagement cm = p.management();
        if (!Double.isNaN(cm.takeProfitFraction())) {
            mg.put("takeProfitFraction", cm.takeProfitFraction());
        }
        if (!Double.isNaN(cm.stopLossMultiple())) {
            mg.put("stopLossMultiple", cm.stopLossMultiple());
        }
        mg.put("closeAtDaysToExpiry", cm.closeAtDaysToExpiry()).put("repeat", cm.repeat());
        return o;
    }

    private static ObjectNode writeStrike(LegStrike s) {
        ObjectNode o = F.objectNode();
        if (s instanceof LegStrike.Delta d) {
            o.put("type", "delta").put("delta", d.delta());
        } else if (s instanceof LegStrike.PercentFromSpot p) {
            o.put("type", "percentFromSpot").put("percent", p.percent());
        } else if (s instanceof LegStrike.Absolute a) {
            o.put("type", "absolute").put("strike", a.strike());
        } else if (s instanceof LegStrike.PercentFromLeg p) {
            o.put("type", "percentFromLeg").put("leg", p.leg()).put("percent", p.percent());
        } else if (s instanceof LegStrike.PointsFromLeg p) {
            o.put("type", "pointsFromLeg").put("leg", p.leg()).put("points", p.points());
        }
        return o;
    }

    private static String name(OptionType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
