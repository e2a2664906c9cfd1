package dev.hertz.app.commands;

import dev.hertz.app.CommandException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Asks questions on the terminal for {@code new-config}: one line per answer, Enter takes the
 * default shown in brackets, an invalid answer is explained and asked again. End of input means
 * the user gave up, reported as freqtrade reports it.
 */
final class Prompter {
    private final BufferedReader in;
    private final PrintStream out;

    Prompter(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    String text(String question, String defaultValue, Predicate<String> valid, String invalidHint) {
        while (true) {
            out.print("? " + question + (defaultValue.isEmpty() ? " " : " [" + defaultValue + "] "));
            out.flush();
            String answer = readLine().strip();
            if (answer.isEmpty()) {
                answer = defaultValue;
            }
            if (valid.test(answer)) {
                return answer;
            }
            out.println("  " + invalidHint);
        }
    }

    boolean yesNo(String question, boolean defaultValue) {
        String answer = text(question + (defaultValue ? " (Y/n)" : " (y/N)"), "",
                a -> a.isEmpty() || a.matches("(?i)y|yes|n|no"), "Please answer y or n.");
        return answer.isEmpty() ? defaultValue : answer.toLowerCase().startsWith("y");
    }

    String choice(String question, List<String> choices, String defaultValue) {
        out.println("? " + question);
        for (int i = 0; i < choices.size(); i++) {
            out.println("  " + (i + 1) + ") " + choices.get(i));
        }
        String answer = text("Your choice (number or name):", defaultValue,
                a -> resolve(a, choices) != null, "Pick one of the listed numbers or names.");
        return resolve(answer, choices);
    }

    private static String resolve(String answer, List<String> choices) {
        if (answer.matches("\\d+")) {
            int index = Integer.parseInt(answer) - 1;
            return index >= 0 && index < choices.size() ? choices.get(index) : null;
        }
        return choices.contains(answer) ? answer : null;
    }

    private String readLine() {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new CommandException("User interrupted interactive questions.");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
