package org.cascade.cli;

/** Bad input: the CLI prints the message (one line, no stack trace) and exits with {@link CascadeCli#EXIT_USAGE}. */
public class CliException extends Exception {
    public CliException(String message) {
        super(message);
    }
}
