package org.cascade.params;

/** The groups in which parameters are presented (CLI table, documentation, the UI's controls). */
public enum ParameterGroup {
    TRADE("Trade and corridors"),
    INVESTMENT("Investment and growth"),
    DISPUTES("Disputes"),
    DIPLOMACY("Diplomacy and people"),
    SHOCKS("Shocks and crises");

    private final String label;

    ParameterGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
