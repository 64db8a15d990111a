package com.alvh.workbench.report;

import com.alvh.workbench.defi.DefiSamples;
import com.alvh.workbench.defi.DefiSimulation;
import com.alvh.workbench.scenario.DefiRunResult;
import com.alvh.workbench.scenario.ScenarioSamples;
import com.alvh.workbench.sim.CampaignSummary;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the five DeFi questions' reports opens with a plain-words answer backed by the run's own
 * numbers: the answer quotes the unhedged run's mean P&amp;L as the table prints it, names the definition
 * of ruin, and the HTML report puts it first.
 */
class DefiAnswersTest {

    private static DefiRunResult run(String key) {
        DefiSamples.DefiSample s = DefiSamples.build(key, java.util.Map.of()).withPaths(60);
        List<DefiSimulation.Labelled> rs = s.run(ProgressListener.NONE, new CancellationToken());
        return new DefiRunResult(ScenarioSamples.defi(s), s, rs, 1);
    }

    @Test
    void everyQuestionsAnswerQuotesItsOwnNumbersAndNamesRuin() {
        for (String key : DefiSamples.keys()) {
            DefiRunResult r = run(key);
            List<String> answer = DefiAnswers.of(r, null);
            assertThat(answer).as(key).hasSizeGreaterThanOrEqualTo(2);
            String text = String.join(" ", answer);
            assertThat(text).as(key).contains(CampaignSummary.RUIN_DEFINITION);
            // The unhedged mean (or, for the tail-risk question, the exploit losses and the tail) as printed.
            CampaignSummary un = r.runs().get(0).entry().summary();
            String figure = key.equals("tail-risk") ? DefiAnswers.usd(un.expectedShortfall95())
                    : DefiAnswers.makes(un.pnl().mean());
            assertThat(text).as(key).contains(figure);
            assertVerbsFollowTheNumbers(key, text);
        }
    }

    /**
     * Every "cut(s) X from a to b" of an answer has b below a, every "raise(s) X from a to b" b above a: the
     * answer's words are the run's numbers, not a conclusion written in advance.
     */
    private static void assertVerbsFollowTheNumbers(String key, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\b(cuts?|raises?) [^.;:]*? from (-?USD [0-9.]+[kM]?|[0-9.]+ %) to (-?USD [0-9.]+[kM]?|[0-9.]+ %)").matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
            double a = amount(m.group(2));
            double b = amount(m.group(3));
            if (m.group(1).startsWith("cut")) {
                assertThat(b).as(key + ": " + m.group()).isLessThan(a);
            } else {
                assertThat(b).as(key + ": " + m.group()).isGreaterThan(a);
            }
        }
        assertThat(found).as(key + " compares hedged with unhedged in words").isGreaterThan(key.equals("tail-risk") ? 2 : 0);
    }

    private static double amount(String s) {
        if (s.endsWith("%")) {
            return Double.parseDouble(s.substring(0, s.length() - 2));
        }
        double sign = s.startsWith("-") ? -1 : 1;
        String n = s.substring(s.indexOf("USD ") + 4);
        double scale = n.endsWith("M") ? 1e6 : n.endsWith("k") ? 1e3 : 1;
        return sign * scale * Double.parseDouble(n.replaceAll("[kM]$", ""));
    }

    @Test
    void theVerbIsTheDirectionOfTheChange() {
        assertThat(DefiAnswers.change("CVaR 95", 802_000, 745_000, false)).isEqualTo("cut CVaR 95 from USD 802k to USD 745k");
        assertThat(DefiAnswers.change("ruin", 0.0035, 0.011, true, true)).isEqualTo("raises ruin from 0.4 % to 1.1 %");
        assertThat(DefiAnswers.change("VaR 95", 714_000, 714_100, false)).isEqualTo("leave VaR 95 at USD 714k");
        assertThat(DefiAnswers.fromTo(0.0, 0.0, true)).isEqualTo("unchanged at 0.0 %");
        assertThat(DefiAnswers.makes(-76_000)).isEqualTo("loses USD 76k");
        assertThat(DefiAnswers.makes(2_970_440)).isEqualTo("makes USD 2.97M");
    }

    @Test
    void theHtmlReportOpensWithTheAnswer() {
        DefiRunResult r = run("stable-lp-depeg");
        ReportContent c = ScenarioReportContent.of(r);
        assertThat(c.answer()).isNotEmpty();
        String html = HtmlReport.build(c, List.of(), ScenarioReportContent.labels(r));
        int answer = html.indexOf("<h2>Answer</h2>");
        assertThat(answer).isPositive().isLessThan(html.indexOf("<h2>Run and scenario</h2>"));
        assertThat(html).contains(HtmlReport.escape(c.answer().get(0)));
        assertThat(ScenarioReportContent.labels(r).volName()).isEqualTo("USDC price");
    }

    @Test
    void amountsAndSharesPrintAsTheAnswersSayThem() {
        assertThat(DefiAnswers.usd(2_970_440)).isEqualTo("USD 2.97M");
        assertThat(DefiAnswers.usd(-42_429)).isEqualTo("-USD 42k");
        assertThat(DefiAnswers.usd(512)).isEqualTo("USD 512");
        assertThat(DefiAnswers.pct(0.0035)).isEqualTo("0.4 %");
        assertThat(DefiAnswers.pct(0.0006)).isEqualTo(String.format(Locale.ROOT, "%.2f %%", 0.06));
    }
}
