package com.alvh.workbench.report;

import com.alvh.workbench.defi.DefiSimulation;
import com.alvh.workbench.defi.KOfNTradeoff;
import com.alvh.workbench.scenario.DefiRunResult;
import com.alvh.workbench.sim.CampaignSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-words answer a DeFi question's report opens with: two to four sentences that answer the
 * question of METHOD.md and quote the run's own numbers (means, tails, costs, probabilities), so the
 * answer moves with the parameters and the seed. Ruin is {@link CampaignSummary#RUIN_DEFINITION}.
 */
public final class DefiAnswers {

    private DefiAnswers() {
    }

    /**
     * The answer for a run.
     *
     * @param run the DeFi run
     * @param kOfN the insurance pool's k-of-n trade-off, or null
     * @return paragraphs, empty for an unknown sample
     */
    public static List<String> of(DefiRunResult run, KOfNTradeoff kOfN) {
        List<DefiSimulation.Labelled> rs = run.runs();
        List<String> out = new ArrayList<>();
        String key = run.sample().key();
        switch (key) {
            case "insurance-pool" -> insurance(rs, kOfN, out);
            case "governance-farming" -> farming(run, rs, out);
            case "lp-layered-vs-diversified" -> lp(rs, out);
            case "stable-lp-depeg" -> stable(rs, out);
            case "tail-risk" -> tail(rs, out);
            case "stable-lp-replay", "lp-eth-replay" -> replay(run, rs, out);
            default -> {
                return List.of();
            }
        }
        out.add("P(ruin) throughout: the share of paths ending with a " + CampaignSummary.RUIN_DEFINITION
                + "; drawdowns are reported as drawdowns.");
        return List.copyOf(out);
    }

    private static CampaignSummary s(List<DefiSimulation.Labelled> rs, int k) {
        return rs.get(k).entry().summary();
    }

    private static void insurance(List<DefiSimulation.Labelled> rs, KOfNTradeoff kOfN, List<String> out) {
        CampaignSummary un = s(rs, 0);
        out.add(f("The pool %s a year on average (loss on %s of paths, ruin on %s), but its claims have a heavy tail: "
                        + "the worst 1 %% of years lose %s on average.", makes(un.pnl().mean()), pct(un.probabilityOfLoss()),
                pct(un.probabilityOfRuin()), usd(un.expectedShortfall99())));
        if (rs.size() > 1) {
            CampaignSummary h = s(rs, 1);
            double ruin0 = un.probabilityOfRuin();
            double ruin1 = h.probabilityOfRuin();
            String verdict = h.maxDrawdown95() < un.maxDrawdown95() && ruin1 > ruin0
                    ? "they smooth the path more than they protect the capital"
                    : ruin1 < ruin0 ? "they protect the capital" : "they do not protect the capital";
            out.add(f("The ALVH recovery tranches (excess-of-loss cover bought after a drawdown) %s, at %s a year and 1.5 times "
                            + "their expected recovery; the mean goes %s and ruin %s: %s.",
                    change("the 95th-percentile drawdown", un.maxDrawdown95(), h.maxDrawdown95(), false),
                    usd(h.meanHedgeCost()), fromTo(un.pnl().mean(), h.pnl().mean(), false),
                    fromTo(ruin0, ruin1, true), verdict));
        }
        if (kOfN != null && !kOfN.points().isEmpty()) {
            KOfNTradeoff.Point one = find(kOfN, 5, 1);
            KOfNTradeoff.Point three = find(kOfN, 5, 3);
            KOfNTradeoff.Point all = find(kOfN, 5, 5);
            if (one != null && three != null && all != null) {
                out.add(f("On the multisig, with 5 signers (some away part of the time), 1-of-5 is ruined on %s of paths and pays "
                                + "later than %.0f days %s of the time; 3-of-5 %s and %s; 5-of-5 %s and %s: %s.",
                        pct(one.probabilityOfRuin()), kOfN.deadlineDays(), pct(one.payoutLaterThanDeadline()),
                        pct(three.probabilityOfRuin()), pct(three.payoutLaterThanDeadline()), pct(all.probabilityOfRuin()),
                        pct(all.payoutLaterThanDeadline()),
                        one.probabilityOfRuin() > all.probabilityOfRuin()
                                && all.payoutLaterThanDeadline() > one.payoutLaterThanDeadline()
                                ? "a low threshold pays fast but is easy to drain, a high one is safe but slow"
                                : "at these settings the threshold does not trade safety against speed"));
            }
        }
    }

    private static KOfNTradeoff.Point find(KOfNTradeoff t, int n, int k) {
        return t.points().stream().filter(p -> p.signers() == n && p.threshold() == k).findFirst().orElse(null);
    }

    private static void farming(DefiRunResult run, List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary un = s(rs, 0);
        Double apr = run.spec().parameters().get("emissionsApr");
        String aprText = apr == null ? "the default 40 %" : pct(apr);
        out.add(f("Emissions are not profit: at %s APR they dilute the token and the farmers sell part of them into its pool, "
                        + "so the unhedged farm %s on average, loses money on %s of paths and is ruined on %s.", aprText,
                makes(un.pnl().mean()), pct(un.probabilityOfLoss()), pct(un.probabilityOfRuin())));
        if (rs.size() > 1) {
            CampaignSummary h = s(rs, 1);
            out.add(f("The layered perps and puts %s and ruin %s; the mean goes %s (hedge cost %s a year; "
                            + "the perp shorts pay the carry, the emissions a perp does not earn).",
                    change("VaR 95", un.valueAtRisk95(), h.valueAtRisk95(), false),
                    fromTo(un.probabilityOfRuin(), h.probabilityOfRuin(), true), fromTo(un.pnl().mean(), h.pnl().mean(), false),
                    usd(h.meanHedgeCost())));
        }
    }

    private static void lp(List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary single = s(rs, 0);
        out.add(f("A single ETH range position %s on average with CVaR 95 of %s.", makes(single.pnl().mean()),
                usd(single.expectedShortfall95())));
        if (rs.size() > 2) {
            CampaignSummary layered = s(rs, 1);
            CampaignSummary spread = s(rs, 2);
            double c0 = single.expectedShortfall95();
            double c1 = layered.expectedShortfall95();
            double c2 = spread.expectedShortfall95();
            String neither = c1 > c0 / 2 && c2 > c0 / 2 ? "Neither removes most of the tail"
                    : c1 <= c0 / 2 && c2 <= c0 / 2 ? "Both remove most of the tail"
                    : (c1 < c2 ? "Only the puts remove most of the tail" : "Only diversifying removes most of the tail");
            out.add(f("Layering puts %s for %s a year; diversifying over three chains with the same token dynamics %s "
                            + "for nothing up front, with common crashes and the bridged pools' exploit risk (mean %s). "
                            + "%s; the puts can be sized to it, the chains' correlation cannot.",
                    change("CVaR 95", c0, c1, false, true), usd(layered.meanHedgeCost()), change("CVaR 95", c0, c2, false, true),
                    usd(spread.pnl().mean()), neither));
        }
    }

    private static void stable(List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary un = s(rs, 0);
        out.add(f("With USDC's own depeg history (one run in 2.6 years; no death of its own, the fiat-backed group's rate), "
                        + "the unhedged stable LP %s on average but the worst 1 %% of years, the deaths, lose %s.",
                makes(un.pnl().mean()), usd(un.expectedShortfall99())));
        if (rs.size() > 1) {
            CampaignSummary h = s(rs, 1);
            out.add(f("Peg puts %s for %s a year, but only those held before the break pay: once the "
                            + "coin is 3 %% off no one sells cover, and a collapse gaps past every trigger.",
                    change("that 1 % tail", un.expectedShortfall99(), h.expectedShortfall99(), false),
                    usd(h.meanHedgeCost())));
        }
    }

    private static void tail(List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary conc = s(rs, 0);
        double exploit = rs.get(0).defi().metricMean()[rs.get(0).defi().metricMean().length - 1];
        double cvar = conc.expectedShortfall95();
        String maker = exploit < 0.25 * cvar ? "a small part of its CVaR 95 of %s: the market, not the contracts, makes the tail"
                : exploit < cvar ? "a large part of its CVaR 95 of %s: the contracts make much of the tail"
                : "more than its CVaR 95 of %s: the contracts make the tail";
        out.add(f("Smart-contract risk, estimated from the DeFiHackLabs list, costs the concentrated book %s a year on average "
                        + "in exploit losses, " + maker + ".", usd(exploit), usd(cvar)));
        if (rs.size() > 3) {
            CampaignSummary hedged = s(rs, 1);
            CampaignSummary cover = s(rs, 2);
            CampaignSummary sized = s(rs, 3);
            out.add(f("Puts and perps %s for %s a year; protocol cover costs %s a year and %s (it pays exploit "
                            + "losses only when a claim is approved, after a delay); sizing each position at the loss budget "
                            + "%s by holding the rest in cash.", change("CVaR 95", cvar, hedged.expectedShortfall95(), false),
                    usd(hedged.meanHedgeCost()), usd(cover.meanHedgeCost()),
                    change("CVaR 95", cvar, cover.expectedShortfall95(), false, true),
                    change("CVaR 95", cvar, sized.expectedShortfall95(), false, true)));
        }
    }

    private static void replay(DefiRunResult run, List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary un = s(rs, 0);
        StringBuilder b = new StringBuilder(f("On this replay of real history the unhedged position ends at %s (deepest fall %s)",
                usd(un.pnl().mean()), usd(un.maxDrawdown95())));
        for (int k = 1; k < rs.size(); k++) {
            CampaignSummary h = s(rs, k);
            b.append(f("; %s ends at %s after %s of premium", rs.get(k).label(), usd(h.pnl().mean()), usd(h.meanHedgeCost())));
        }
        out.add(b.append('.').toString());
    }

    /**
     * "cut X from a to b", "raise X from a to b" or "leave X at a", as the numbers say (a change smaller than
     * half a percent of the larger is no change).
     */
    static String change(String what, double before, double after, boolean share) {
        return change(what, before, after, share, false);
    }

    /** As {@link #change(String, double, double, boolean)}, the verb's third person singular if {@code singular}. */
    static String change(String what, double before, double after, boolean share, boolean singular) {
        String a = share ? pct(before) : usd(before);
        String b = share ? pct(after) : usd(after);
        String s = singular ? "s" : "";
        if (a.equals(b) || Math.abs(after - before) <= 0.005 * Math.max(Math.abs(before), Math.abs(after))) {
            return f("leave%s %s at %s", s, what, b);
        }
        return f("%s%s %s from %s to %s", after < before ? "cut" : "raise", s, what, a, b);
    }

    /** "from a to b", or "unchanged at a" when they print the same. */
    static String fromTo(double before, double after, boolean share) {
        String a = share ? pct(before) : usd(before);
        String b = share ? pct(after) : usd(after);
        return a.equals(b) ? "unchanged at " + a : f("from %s to %s", a, b);
    }

    /** "makes USD 2.97M" or "loses USD 76k". */
    static String makes(double mean) {
        return mean < 0 ? "loses " + usd(-mean) : "makes " + usd(mean);
    }

    static String usd(double v) {
        double a = Math.abs(v);
        String sign = v < 0 ? "-" : "";
        if (a >= 1e6) {
            return f("%sUSD %.2fM", sign, a / 1e6);
        }
        if (a >= 1e3) {
            return f("%sUSD %.0fk", sign, a / 1e3);
        }
        return f("%sUSD %.0f", sign, a);
    }

    static String pct(double p) {
        return p > 0 && p < 0.001 ? f("%.2f %%", 100 * p) : f("%.1f %%", 100 * p);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
