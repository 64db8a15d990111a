package com.alvh.workbench.cli;

import com.alvh.workbench.sim.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Progress on stderr: a bar redrawn in place when the process has a terminal; a plain line per 10 %
 * otherwise (a pipe, a CI log, a file), so a long run is never silent; nothing with {@code --quiet}.
 */
final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean bar;
    private final int stepPercent;
    private final AtomicInteger lastPercent;

    private ConsoleProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
        this.stepPercent = bar ? 1 : 10;
        // Lines start at 10 %: a "0 %" line says nothing.
        this.lastPercent = new AtomicInteger(bar ? -1 : 0);
    }

    /**
     * The progress for this process: a bar on a terminal, a line per 10 % elsewhere, none when quiet.
     */
    static ProgressListener of(PrintWriter err, boolean quiet) {
        if (quiet) {
            return ProgressListener.NONE;
        }
        return new ConsoleProgress(err, System.console() != null);
    }

    /** Lines, not a bar, whatever the process has (for tests). */
    static ProgressListener lines(PrintWriter err) {
        return new ConsoleProgress(err, false);
    }

    @Override
    public void progress(long done, long total) {
        int percent = total <= 0 ? 100 : (int) (100 * done / total);
        int shown = percent / stepPercent * stepPercent;
        int previous = lastPercent.get();
        if (shown <= previous || !lastPercent.compareAndSet(previous, shown)) {
            return;
        }
        synchronized (err) {
            if (bar) {
                int filled = shown * WIDTH / 100;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + shown + " %  " + done
                        + "/" + total + " paths");
                if (shown >= 100) {
                    err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
                }
            } else {
                err.println(String.format(Locale.ROOT, "progress: %3d %% (%,d of %,d paths x policies)", shown, done,
                        total));
            }
            err.flush();
        }
    }
}
