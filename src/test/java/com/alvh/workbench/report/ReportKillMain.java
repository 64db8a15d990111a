package com.alvh.workbench.report;

import com.alvh.workbench.chart.ChartTheme;
import com.alvh.workbench.chart.MarketLabels;

import java.nio.file.Path;
import java.util.EnumSet;

/**
 * A report writer to be killed: writes {@link ReportFixture#standard()} (HTML, PDF, CSV) into the folder
 * of its first argument and, after writing the staged file named by its second, prints {@code PAUSED
 * PID} and waits to be killed ({@link ReportFolderKillTest}).
 */
public final class ReportKillMain {

    private ReportKillMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String pauseAfter = args[1];
        try (ReportFolder f = ReportFolder.open(folder)) {
            f.write(ReportFixture.standard(), EnumSet.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.CSV),
                    ChartTheme.LIGHT, MarketLabels.EQUITY, null, file -> {
                        if (file.getFileName().toString().equals(pauseAfter)) {
                            System.out.println("PAUSED " + ProcessHandle.current().pid());
                            System.out.flush();
                            try {
                                Thread.sleep(120_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            throw new IllegalStateException("not killed in 120 s");
                        }
                    });
        }
    }
}
