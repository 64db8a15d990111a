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
            String figure = key.equals("tail-risk") ? DefiAnswers.usd(un.expectedShortfall95()) : DefiAnswers.usd(un.pnl().mean());
            assertThat(text).as(key).contains(figure);
        }
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
