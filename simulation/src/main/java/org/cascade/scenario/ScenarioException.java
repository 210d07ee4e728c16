package org.cascade.scenario;

/**
 * A scenario file that cannot be used. The message names the file, the line, the field and what is allowed,
 * e.g. {@code scenarios/x.yaml:12: parameters.trade.elasticity: 12 is out of range; allowed [1, 10]}.
 */
public class ScenarioException extends Exception {
    private final String file;
    private final int line;
    private final String field;

    public ScenarioException(String file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
