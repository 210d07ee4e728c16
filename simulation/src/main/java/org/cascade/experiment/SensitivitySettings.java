package org.cascade.experiment;

import java.util.List;

/**
 * A sensitivity study's settings.
 *
 * @param method       "morris" or "sobol"
 * @param parameters   the parameters studied (registry groups already expanded), in order
 * @param trajectories Morris: trajectories r (design points r(k+1)); 0 for Sobol
 * @param n            Sobol: base sample size N (design points N(k+2)); 0 for Morris
 * @param levels       Morris: grid levels p
 */
public record SensitivitySettings(String method, List<String> parameters, int trajectories, int n, int levels) implements java.io.Serializable {
    public static final String MORRIS = "morris";
    public static final String SOBOL = "sobol";

    public SensitivitySettings {
        parameters = List.copyOf(parameters);
    }

    /** Design points the method needs. */
    public long points() {
        int k = parameters.size();
        return MORRIS.equals(method) ? (long) trajectories * (k + 1) : (long) n * (k + 2);
    }
}
