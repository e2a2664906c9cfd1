package dev.hertz.app.commands;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;

/** Progress bars on standard output, as freqtrade shows them: unicode on a terminal, plain ASCII when piped. */
final class Progress {
    /** Width used when the output is not a terminal whose width can be asked. */
    private static final int PIPED_WIDTH = 100;

    private Progress() {
    }

    static ProgressBar bar(PrintStream out, String task, long total) {
        boolean terminal = out == System.out && System.console() != null;
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(terminal ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setConsumer(terminal ? new ConsoleProgressBarConsumer(out) : new ConsoleProgressBarConsumer(out, PIPED_WIDTH))
                .build();
    }
}
