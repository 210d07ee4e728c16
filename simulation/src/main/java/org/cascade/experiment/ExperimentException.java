package org.cascade.experiment;

import org.cascade.scenario.ScenarioException;

/**
 * An experiment file or request that cannot be used: {@code file:line: field: problem}, in the format of scenario
 * files (a scenario an arm names fails with its own file and line).
 */
public final class ExperimentException extends ScenarioException {
    public ExperimentException(String file, int line, String field, String problem) {
        super(file, line, field, problem);
    }
}
