package org.cascade.model;

import org.cascade.region.FreightOrigin;
import org.cascade.region.InstitutionCode;
import org.cascade.region.OilOrigin;
import org.cascade.region.PartnerCode;
import org.cascade.region.Sector;
import org.cascade.region.StateCode;

/** The enums' values as shared arrays: {@code values()} copies its array on every call, too often for monthly loops. */
final class Codes {
    static final StateCode[] STATES = StateCode.values();
    static final PartnerCode[] PARTNERS = PartnerCode.values();
    static final InstitutionCode[] INSTITUTIONS = InstitutionCode.values();
    static final FreightOrigin[] FREIGHT_ORIGINS = FreightOrigin.values();
    static final OilOrigin[] OIL_ORIGINS = OilOrigin.values();
    static final Sector[] SECTORS = Sector.values();

    private Codes() {
    }
}
