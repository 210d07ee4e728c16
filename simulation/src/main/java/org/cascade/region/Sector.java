package org.cascade.region;

/** Sectors of trade. Pair shares are the mean of the two exporters' structures unless the data say more. */
public enum Sector {
    ENERGY("energy", 1.2), METALS("metals", 1.0), AGRIFOOD("agrifood", 1.0),
    MANUFACTURES("manufactures", 0.6), SERVICES("services", 0.1);

    public static final int COUNT = values().length;
    private final String id;
    private final double transportWeight;

    Sector(String id, double transportWeight) {
        this.id = id;
        this.transportWeight = transportWeight;
    }

    public String id() {
        return id;
    }

    /** How much of the pair's transport cost this sector bears, relative to metals (assumption: bulk > goods > services). */
    public double transportWeight() {
        return transportWeight;
    }
}
