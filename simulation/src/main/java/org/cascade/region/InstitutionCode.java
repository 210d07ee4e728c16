package org.cascade.region;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Regional institutions whose summits bring leaders together. */
public enum InstitutionCode {
    OTS("ots", "Organization of Turkic States"),
    CACM("cacm", "Consultative Meetings of the Heads of State of Central Asia");

    public static final int COUNT = values().length;
    private final String id;
    private final String displayName;

    InstitutionCode(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<InstitutionCode> byId(String text) {
        return Arrays.stream(values()).filter(i -> i.id.equalsIgnoreCase(text.trim())).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(InstitutionCode::id).toList();
    }
}
