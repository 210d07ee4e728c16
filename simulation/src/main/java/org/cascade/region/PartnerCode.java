package org.cascade.region;

/** Exogenous partners: markets with their own growth that trade with the seven and own or host routes. */
public enum PartnerCode {
    RU("Russia"), CN("China"), EU("European Union"), TR("Türkiye"), IR("Iran"), GE("Georgia");

    public static final int COUNT = values().length;
    private final String displayName;

    PartnerCode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
