package org.cascade.experiment;

import java.util.List;

/** One swept parameter and its values, in order. */
public record SweepAxis(String parameter, List<Double> values) {
    public SweepAxis {
        values = List.copyOf(values);
    }
}
