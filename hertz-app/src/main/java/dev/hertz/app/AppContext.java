package dev.hertz.app;

import dev.hertz.core.logging.LoggingSetup;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every command gets from the process: logging, the standard streams, the environment and
 * the working directory. Passing these in (instead of reading {@code System.*}) lets tests run
 * commands in-process against a temp directory.
 *
 * @param logging the logging handle, to apply {@code -v} and {@code --logfile}
 * @param stdin   standard input ({@code -c -} and interactive prompts)
 * @param out     standard output: command results (tables, JSON); logs go to stderr
 * @param env     the environment ({@code FREQTRADE__*} / {@code HERTZ__*} overrides)
 * @param cwd     the directory relative paths resolve against
 */
public record AppContext(LoggingSetup logging, InputStream stdin, PrintStream out, Map<String, String> env, Path cwd) {
}
