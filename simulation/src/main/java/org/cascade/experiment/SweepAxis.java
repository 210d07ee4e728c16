package org.cascade.experiment;

import java.util.List;

/** One swept parameter and its values, in order. */
public record SweepAxis(String parameter, List<Double> values) implements java.io.Serializable {
    public SweepAxis {
        values = List.copyOf(values);
    }
}
