package org.cascade.results;

/** One line of an inspector: a named current value with its unit (policy levers are marked). */
public record InspectedVariable(String name, double value, String unit, boolean lever) {
}
