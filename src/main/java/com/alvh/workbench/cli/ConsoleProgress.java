package com.alvh.workbench.cli;

import com.alvh.workbench.sim.ProgressListener;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress bar on stderr when it is a terminal; silent otherwise (pipes, CI logs, tests). */
final class ConsoleProgress implements ProgressListener {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final AtomicInteger lastPercent = new AtomicInteger(-1);

    private ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} if the process has a console, else {@link ProgressListener#NONE}. */
    static ProgressListener forTerminal(PrintWriter err, boolean quiet) {
        return !quiet && System.console() != null ? new ConsoleProgress(err) : ProgressListener.NONE;
    }

    @Override
    public void progress(long done, long total) {
        int percent = total <= 0 ? 100 : (int) (100 * done / total);
        int previous = lastPercent.get();
        if (percent == previous || !lastPercent.compareAndSet(previous, percent)) {
            return;
        }
        int filled = percent * WIDTH / 100;
        synchronized (err) {
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + " %  " + done
                    + "/" + total + " paths");
            if (percent >= 100) {
                err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            }
            err.flush();
        }
    }
}
