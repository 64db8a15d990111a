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
        out.add(f("The pool earns %s a year on average (loss on %s of paths, ruin on %s), but its claims have a heavy tail: "
                        + "the worst 1 %% of years lose %s on average.", usd(un.pnl().mean()), pct(un.probabilityOfLoss()),
                pct(un.probabilityOfRuin()), usd(un.expectedShortfall99())));
        if (rs.size() > 1) {
            CampaignSummary h = s(rs, 1);
            out.add(f("The ALVH recovery tranches (excess-of-loss cover bought after a drawdown) cut the 95th-percentile drawdown "
                            + "from %s to %s, but at %s a year and 1.5 times their expected recovery they lower the mean to %s "
                            + "and move ruin to %s: they smooth the path more than they protect the capital.",
                    usd(un.maxDrawdown95()), usd(h.maxDrawdown95()), usd(h.meanHedgeCost()), usd(h.pnl().mean()),
                    pct(h.probabilityOfRuin())));
        }
        if (kOfN != null && !kOfN.points().isEmpty()) {
            KOfNTradeoff.Point one = find(kOfN, 5, 1);
            KOfNTradeoff.Point three = find(kOfN, 5, 3);
            KOfNTradeoff.Point all = find(kOfN, 5, 5);
            if (one != null && three != null && all != null) {
                out.add(f("On the multisig, a low threshold pays fast but is easy to drain and a high one is safe but slow: "
                                + "with 5 signers, 1-of-5 is ruined on %s of paths and pays later than %.0f days %s of the time; "
                                + "3-of-5 %s and %s; 5-of-5 %s and %s (signers are away part of the time).",
                        pct(one.probabilityOfRuin()), kOfN.deadlineDays(), pct(one.payoutLaterThanDeadline()),
                        pct(three.probabilityOfRuin()), pct(three.payoutLaterThanDeadline()), pct(all.probabilityOfRuin()),
                        pct(all.payoutLaterThanDeadline())));
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
                        + "so the unhedged farm makes %s on average, loses money on %s of paths and is ruined on %s.", aprText,
                usd(un.pnl().mean()), pct(un.probabilityOfLoss()), pct(un.probabilityOfRuin())));
        if (rs.size() > 1) {
            CampaignSummary h = s(rs, 1);
            out.add(f("The layered perps and puts cut VaR 95 from %s to %s and ruin to %s, for a mean of %s (hedge cost %s a year; "
                            + "the perp shorts pay the carry, the emissions a perp does not earn).", usd(un.valueAtRisk95()),
                    usd(h.valueAtRisk95()), pct(h.probabilityOfRuin()), usd(h.pnl().mean()), usd(h.meanHedgeCost())));
        }
    }

    private static void lp(List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary single = s(rs, 0);
        out.add(f("A single ETH range position makes %s on average with CVaR 95 of %s.", usd(single.pnl().mean()),
                usd(single.expectedShortfall95())));
        if (rs.size() > 2) {
            CampaignSummary layered = s(rs, 1);
            CampaignSummary spread = s(rs, 2);
            out.add(f("Layering puts cuts CVaR 95 to %s for %s a year; diversifying over three chains with the same token "
                            + "dynamics cuts it to %s for nothing up front, but common crashes keep most of the tail and the "
                            + "bridged pools add exploit risk (mean %s). Neither removes the tail; the puts are the one "
                            + "that can be sized to it.", usd(layered.expectedShortfall95()), usd(layered.meanHedgeCost()),
                    usd(spread.expectedShortfall95()), usd(spread.pnl().mean())));
        }
    }

    private static void stable(List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary un = s(rs, 0);
        out.add(f("With USDC's own depeg history (one run in 2.6 years; no death of its own, the fiat-backed group's rate), "
                        + "the unhedged stable LP makes %s on average but the worst 1 %% of years, the deaths, lose %s.",
                usd(un.pnl().mean()), usd(un.expectedShortfall99())));
        if (rs.size() > 1) {
            CampaignSummary h = s(rs, 1);
            out.add(f("Peg puts cut that 1 %% tail to %s for %s a year, but only those held before the break pay: once the "
                            + "coin is 3 %% off no one sells cover, and a collapse gaps past every trigger.",
                    usd(h.expectedShortfall99()), usd(h.meanHedgeCost())));
        }
    }

    private static void tail(List<DefiSimulation.Labelled> rs, List<String> out) {
        CampaignSummary conc = s(rs, 0);
        double exploit = rs.get(0).defi().metricMean()[rs.get(0).defi().metricMean().length - 1];
        out.add(f("Smart-contract risk, estimated from the DeFiHackLabs list, costs the concentrated book %s a year on average "
                        + "in exploit losses, a small part of its CVaR 95 of %s: the market, not the contracts, makes the tail.",
                usd(exploit), usd(conc.expectedShortfall95())));
        if (rs.size() > 3) {
            CampaignSummary hedged = s(rs, 1);
            CampaignSummary cover = s(rs, 2);
            CampaignSummary sized = s(rs, 3);
            out.add(f("Puts and perps cut CVaR 95 to %s for %s a year; protocol cover costs %s a year and recovers exploit "
                            + "losses only when a claim is approved, after a delay; sizing each position at the loss budget cuts "
                            + "CVaR 95 to %s by holding the rest in cash.", usd(hedged.expectedShortfall95()),
                    usd(hedged.meanHedgeCost()), usd(cover.meanHedgeCost()), usd(sized.expectedShortfall95())));
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
