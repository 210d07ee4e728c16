package org.cascade.region;

/** The seven modelled states, in the canonical order used for pair names (KZ, UZ, KG, TJ, TM, AZ, AM). */
public enum StateCode {
    KZ("Kazakhstan"), UZ("Uzbekistan"), KG("Kyrgyzstan"), TJ("Tajikistan"),
    TM("Turkmenistan"), AZ("Azerbaijan"), AM("Armenia");

    public static final int COUNT = values().length;
    private final String displayName;

    StateCode(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isCentralAsian() {
        return ordinal() <= TM.ordinal();
    }
}
