package org.cascade.data;

import static org.cascade.region.StateCode.AM;
import static org.cascade.region.StateCode.AZ;
import static org.cascade.region.StateCode.KG;
import static org.cascade.region.StateCode.KZ;
import static org.cascade.region.StateCode.TJ;
import static org.cascade.region.StateCode.TM;
import static org.cascade.region.StateCode.UZ;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cascade.region.DisputeCode;
import org.cascade.region.FreightOrigin;
import org.cascade.region.OilOrigin;
import org.cascade.region.Pair;
import org.cascade.region.PartnerCode;
import org.cascade.region.RouteCode;
import org.cascade.region.Sector;
import org.cascade.region.StateCode;

/**
 * The 2024 base-year data the model starts from, each figure with its source (keys as in
 * shared/reference/regional-data.md) or a stated assumption. These are observations, not tunable parameters:
 * the model reproduces them at step 0.
 */
public final class BaseYear {
    /** The year whose annual rates a run starts from. */
    public static final int YEAR = 2024;
    public static final double BN = 1e9;
    public static final double M = 1e6;


    private BaseYear() {
    }

    public static final Map<StateCode, Figure> GDP = new EnumMap<>(Map.of(
        KZ, Figure.of(288 * BN, "est", "2023 (261.42bn, World Bank) x nominal growth; IMF gives 300.5bn for 2025"),
        UZ, Figure.of(115 * BN, "trend/3995614 national statistics",
            "[conflict] later revised to 121.4bn (fergana.media/142923); the first release is used"),
        KG, Figure.of(17 * BN, "est", "1.5 trn som"),
        TJ, Figure.of(13.7 * BN, "trend/3989262", "2024"),
        TM, Figure.of(63.7 * BN, "assumption", "not found: 2023 (59.89bn, World Bank) x 1.063 (the 2024 growth of ~6.3% officially reported)"),
        AZ, Figure.of(74 * BN, "est", "growth 'over 4%'"),
        AM, Figure.of(25.8 * BN, "est", "2024")));

    public static final Map<StateCode, Figure> POPULATION = new EnumMap<>(Map.of(
        KZ, Figure.of(20.59 * M, "World Bank SP.POP.TOTL", "2024"),
        UZ, Figure.of(36.36 * M, "World Bank SP.POP.TOTL", "2024"),
        KG, Figure.of(7.22 * M, "World Bank SP.POP.TOTL", "2024"),
        TJ, Figure.of(10.59 * M, "World Bank SP.POP.TOTL", "2024"),
        TM, Figure.of(7.49 * M, "World Bank SP.POP.TOTL", "2024"),
        AZ, Figure.of(10.20 * M, "World Bank SP.POP.TOTL", "2024"),
        AM, Figure.of(3.03 * M, "World Bank SP.POP.TOTL", "2024")));

    /** Annual population growth, from the 2023 and 2024 figures. */
    public static double populationGrowth(StateCode s) {
        double p23 = switch (s) {
            case KZ -> 20.33; case UZ -> 35.65; case KG -> 7.10; case TJ -> 10.39; case TM -> 7.36; case AZ -> 10.15;
            case AM -> 2.96;
        };
        return POPULATION.get(s).value() / (p23 * M) - 1;
    }

    /** Bilateral goods turnover, annual, 2024 where published; the reporter and any annualisation in the note. */
    public static final Map<Pair, Figure> TURNOVER = turnover();

    private static Map<Pair, Figure> turnover() {
        Map<Pair, Figure> m = new LinkedHashMap<>();
        m.put(p(KZ, UZ), Figure.of(4.3 * BN, "inform.kz 2024-08-07", "2024 preliminary, KZ data ([conflict] UZ data: 4.2bn)"));
        m.put(p(KZ, KG), Figure.of(1.340 * BN, "trend/3903697; 24.kg/321020", "2024, KG data"));
        m.put(p(KZ, TJ), Figure.annualised(1.1 * BN, 10, "Jan-Oct 2024", "trend/3981294"));
        m.put(p(KZ, TM), Figure.annualised(237 * M, 6, "H1 2024", "inform.kz 2024-05-27"));
        m.put(p(KZ, AZ), Figure.of(534 * M, "the interview; inform.kz", "2024, KZ data ([conflict] AZ data 598.5M for 2023)"));
        m.put(p(KZ, AM), Figure.of(100.4 * M, "bm.ge", "2023 (AM data), used as 2024: no 2024 figure"));
        m.put(p(UZ, KG), Figure.of(694 * M, "trend/3912128", "2023 (KG data), used as 2024 ([conflict] UZ data higher)"));
        m.put(p(UZ, TJ), Figure.annualised(564 * M, 10, "Jan-Oct 2024", "trend/3979878"));
        m.put(p(UZ, TM), Figure.annualised(614 * M, 6, "H1 2024", "menafn/1107835020"));
        m.put(p(UZ, AZ), Figure.annualised(118 * M, 7, "Jan-Jul 2024", "news.az 2024-08-27"));
        m.put(p(UZ, AM), Figure.of(15 * M, "assumption", "not found: small (under 20M)"));
        m.put(p(KG, TJ), Figure.of(11.7 * M, "tass.com/economy/1736063", "2023 (TJ data); border closed 2021 to March 2025"));
        m.put(p(KG, TM), Figure.annualised(20 * M, 4, "Jan-Apr 2024", "turkishnewsworld.com"));
        m.put(p(KG, AZ), Figure.of(9 * M, "azernews.az/197666", "2021 (AZ data), latest found"));
        m.put(p(KG, AM), Figure.of(5 * M, "assumption", "not found: small (under 20M)"));
        m.put(p(TJ, TM), Figure.annualised(40 * M, 11, "Jan-Nov 2023", "menafn/1107682129"));
        m.put(p(TJ, AZ), Figure.of(7.5 * M, "tass.com/economy/1736063", "2023 (TJ data)"));
        m.put(p(TJ, AM), Figure.of(0.65 * M, "tass.com/economy/1736063", "2023 (TJ data)"));
        m.put(p(TM, AZ), Figure.annualised(645 * M, 8, "Jan-Aug 2023", "menafn/1107187309"));
        m.put(p(TM, AM), Figure.of(10 * M, "assumption", "not found: small (under 20M)"));
        m.put(p(AZ, AM), Figure.of(0, "oc-media.org", "border closed since the early 1990s, no direct trade"));
        if (m.size() != Pair.COUNT) {
            throw new IllegalStateException("turnover data must cover all " + Pair.COUNT + " pairs");
        }
        return m;
    }

    /** Goods turnover with external partners (USD/yr); assumptions where the data file has none. */
    public static Figure externalTrade(StateCode s, PartnerCode p) {
        return switch (s) {
            case KZ -> switch (p) {
                case RU -> Figure.of(27 * BN, "data file", "2023 ~26-28bn [conflict]; midpoint");
                case CN -> Figure.of(43.82 * BN, "astanatimes.com/2025/01", "2024, Chinese customs ([conflict] KZ data lower)");
                case EU -> Figure.of(50 * BN, "president's figure", "2024");
                case TR -> Figure.of(6.0 * BN, "data file", "2023");
                case IR -> Figure.of(0.4 * BN, "assumption", "not found");
                case GE -> Figure.of(0.3 * BN, "assumption", "not found");
            };
            case UZ -> switch (p) {
                case RU -> Figure.of(11.6 * BN, "trend/3995614", "2024");
                case CN -> Figure.of(12.4 * BN, "trend/3995614", "2024, UZ data");
                case EU -> Figure.of(6 * BN, "assumption", "not found");
                case TR -> Figure.of(3.1 * BN, "data file", "2023");
                case IR -> Figure.of(0.5 * BN, "assumption", "not found");
                case GE -> Figure.of(0.1 * BN, "assumption", "not found");
            };
            case KG -> switch (p) {
                case RU -> Figure.of(3.2 * BN, "data file", "2024");
                case CN -> Figure.of(5.3 * BN, "data file", "2024, KG data ([conflict] Chinese customs 22.71bn incl. transit)");
                case EU -> Figure.of(1 * BN, "assumption", "not found");
                case TR -> Figure.of(2 * BN, "data file", "2023");
                case IR -> Figure.of(0.1 * BN, "assumption", "not found");
                case GE -> Figure.of(0.02 * BN, "assumption", "not found");
            };
            case TJ -> switch (p) {
                case RU -> Figure.of(1.75 * BN, "data file", "2023, ~1.7-1.8bn");
                case CN -> Figure.of(3.86 * BN, "data file", "2024, Chinese customs");
                case EU -> Figure.of(0.5 * BN, "assumption", "not found");
                case TR -> Figure.of(0.8 * BN, "assumption", "not found");
                case IR -> Figure.of(0.2 * BN, "assumption", "not found");
                case GE -> Figure.of(0.01 * BN, "assumption", "not found");
            };
            case TM -> switch (p) {
                case RU -> Figure.of(1 * BN, "assumption", "not found");
                case CN -> Figure.of(10.65 * BN, "data file", "2024, Chinese customs");
                case EU -> Figure.of(2.02 * BN, "Eurostat", "EUR 1.87bn (2023) at 1.08 USD/EUR");
                case TR -> Figure.of(2.6 * BN, "data file", "2023");
                case IR -> Figure.of(1 * BN, "assumption", "not found");
                case GE -> Figure.of(0.1 * BN, "assumption", "not found");
            };
            case AZ -> switch (p) {
                case RU -> Figure.of(4.4 * BN, "data file", "2023");
                case CN -> Figure.of(3.744 * BN, "data file", "2024");
                case EU -> Figure.of(20 * BN, "foreign minister", "2024, expected");
                case TR -> Figure.of(7.5 * BN, "data file", "2023");
                case IR -> Figure.of(0.5 * BN, "assumption", "not found");
                case GE -> Figure.of(1.5 * BN, "assumption", "not found");
            };
            case AM -> switch (p) {
                case RU -> Figure.of(12.4 * BN, "data file", "2024");
                case CN -> Figure.annualised(1.4 * BN, 6, "H1 2024", "data file");
                case EU -> Figure.annualised(1.0 * BN, 6, "H1 2024", "data file");
                case TR -> Figure.of(0.05 * BN, "assumption", "border closed; indirect trade only");
                case IR -> Figure.of(0.7 * BN, "assumption", "not found");
                case GE -> Figure.of(1.3 * BN, "assumption", "not found");
            };
        };
    }

    /** Export structure by sector (energy, metals, agri-food, manufactures, services); assumption from trade profiles. */
    public static double[] exportStructure(StateCode s) {
        return switch (s) {
            case KZ -> new double[] {0.45, 0.20, 0.15, 0.15, 0.05};
            case UZ -> new double[] {0.15, 0.20, 0.25, 0.30, 0.10};
            case KG -> new double[] {0.05, 0.30, 0.25, 0.30, 0.10};
            case TJ -> new double[] {0.10, 0.40, 0.20, 0.20, 0.10};
            case TM -> new double[] {0.70, 0.05, 0.10, 0.10, 0.05};
            case AZ -> new double[] {0.60, 0.05, 0.15, 0.15, 0.05};
            case AM -> new double[] {0.05, 0.30, 0.25, 0.30, 0.10};
        };
    }

    /** Sector shares of a pair's turnover: KZ-AZ from the interview (aluminium largest), others the exporters' mean. */
    public static double[] sectorShares(Pair pair) {
        if (pair == p(KZ, AZ)) {
            // Interview: aluminium ~136M of 534M (metals ~25%), then crude and products, then wheat; AZ sends equipment, juices.
            return new double[] {0.30, 0.26, 0.14, 0.25, 0.05};
        }
        double[] a = exportStructure(pair.a());
        double[] b = exportStructure(pair.b());
        double[] out = new double[Sector.COUNT];
        for (int k = 0; k < out.length; k++) {
            out[k] = (a[k] + b[k]) / 2;
        }
        return out;
    }

    /** Share of GDP exposed to oil and metal prices (assumption from export structures). */
    public static double commodityExposure(StateCode s) {
        return switch (s) {
            case KZ -> 0.5; case TM -> 0.7; case AZ -> 0.7; case TJ -> 0.3; case UZ, KG -> 0.2; case AM -> 0.15;
        };
    }

    // ----- routes -------------------------------------------------------------------------------------------------

    /** Observed 2024 route volumes (Mt/yr) the route-choice constants are fitted to. */
    public static Figure routeVolume(RouteCode r) {
        return switch (r) {
            case MIDDLE_CORRIDOR -> Figure.of(4.5, "astanatimes.com/2024/03; vestikavkaza 176148", "2024, +62% on 2023");
            case NORTHERN -> Figure.of(20, "assumption",
                "westbound dry freight of the region and China-EU transit via Russia; China-EU rail ~380-412k TEU (2024)");
            case TRANS_CASPIAN -> Figure.of(1.5, "assumption", "Turkmenbashi-Baku ferry freight");
            case SOUTHERN -> Figure.of(3, "assumption", "freight via Iran to Türkiye and the Gulf");
            case CPC -> Figure.of(63.01, "daryo.uz; TASS", "2024");
            case BTC -> Figure.of(5.52, "menafn/1108553619",
                "Kazakh and Turkmen transit oil, annualised from 3.22 Mt in Jan-Jul 2024 (x12/7)");
            case BAKU_SUPSA -> Figure.of(0, "socar.az", "idle since May 2022");
        };
    }

    /** Kazakh oil through BTC, 2024: part of the BTC transit volume. */
    public static final Figure KZ_OIL_BTC = Figure.annualised(1.2, 10, "Jan-Oct 2024", "trend/3974518");

    /** Westbound freight by origin, Mt/yr in 2024 (assumption: the split of the ~29 Mt the routes carried). */
    public static double freightMt(FreightOrigin o) {
        return switch (o) {
            case CN_TRANSIT -> 7.0;
            case KZ_EXPORTS -> 12.0;
            case UZ_EXPORTS -> 5.0;
            case KG_EXPORTS -> 0.8;
            case TJ_EXPORTS -> 0.7;
            case TM_EXPORTS -> 3.5;
        };
    }

    /**
     * Share of crude oil in a state's trade with its westbound partners (EU, Türkiye, Georgia), 2024. Assumption:
     * crude is about three quarters of Kazakh exports to the EU (Eurostat lists Kazakhstan among the EU's main
     * crude suppliers) and a smaller part of Turkmen westbound trade; the others ship no crude west.
     */
    public static double oilShareOfWestboundTrade(StateCode s) {
        return switch (s) {
            case KZ -> 0.7;
            case TM -> 0.3;
            default -> 0;
        };
    }

    /** Caspian oil exports by origin, Mt/yr in 2024: KZ through the CPC plus its BTC share; TM the rest of BTC transit. */
    public static double oilMt(OilOrigin o) {
        return switch (o) {
            case KZ_OIL -> 63.01 + KZ_OIL_BTC.value();
            case TM_OIL -> 5.52 - KZ_OIL_BTC.value();
        };
    }



    /** The state whose westbound freight a pair's trade across the Caspian rides on, or null for a land pair. */
    public static StateCode caspianShipper(Pair pair) {
        boolean aCaucasus = !pair.a().isCentralAsian();
        boolean bCaucasus = !pair.b().isCentralAsian();
        if (aCaucasus == bCaucasus) {
            return null;
        }
        return aCaucasus ? pair.b() : pair.a();
    }

    // ----- relations ----------------------------------------------------------------------------------------------

    /** Trust between governments at the start (assumption, 0..1, from the state of relations in 2024). */
    public static double trust(Pair pair) {
        return switch (pair.name()) {
            case "KZ-UZ" -> 0.70; case "KZ-KG" -> 0.60; case "KZ-TJ" -> 0.55; case "KZ-TM" -> 0.55;
            case "KZ-AZ" -> 0.75; case "KZ-AM" -> 0.40;
            case "UZ-KG" -> 0.55; case "UZ-TJ" -> 0.50; case "UZ-TM" -> 0.55; case "UZ-AZ" -> 0.65; case "UZ-AM" -> 0.35;
            case "KG-TJ" -> 0.20; case "KG-TM" -> 0.45; case "KG-AZ" -> 0.55; case "KG-AM" -> 0.35;
            case "TJ-TM" -> 0.45; case "TJ-AZ" -> 0.45; case "TJ-AM" -> 0.35;
            case "TM-AZ" -> 0.55; case "TM-AM" -> 0.35;
            case "AZ-AM" -> 0.08;
            default -> throw new IllegalArgumentException(pair.name());
        };
    }

    /** Investment stock of {@code from} in {@code to}, USD (data where known, else a small assumed stock). */
    public static Figure investmentStock(StateCode from, StateCode to) {
        String key = from + ">" + to;
        return switch (key) {
            case "AZ>KZ" -> Figure.of(306 * M, "trend/3875051", "2005-22 cumulative");
            case "KZ>AZ" -> Figure.of(95 * M, "trend/3875051", "2005-22 cumulative");
            case "KZ>UZ" -> Figure.of(3.1 * BN, "inform.kz 2024-08-07", "69 industrial cooperation projects");
            case "UZ>KZ" -> Figure.of(300 * M, "assumption", "interview: Uzbek oil company exploring in Mangystau");
            case "AZ>UZ" -> Figure.of(500 * M, "trend/3714945", "AZ-UZ investment fund");
            case "AZ>KG" -> Figure.of(25 * M, "trend.az/4108522", "AZ-KG development fund");
            default -> (from == StateCode.AZ && to == StateCode.AM) || (from == StateCode.AM && to == StateCode.AZ)
                ? Figure.of(0, "oc-media.org", "no relations")
                : Figure.of(20 * M, "assumption", "not found: small stock");
        };
    }

    /** Visits per year per thousand USD of turnover (assumption: KZ-UZ ~2M trips a year). */
    public static final double TRIPS_PER_KUSD = 0.5;

    // ----- disputes -----------------------------------------------------------------------------------------------

    /** Initial state of a dispute: undelimited share, tension, progress, border open, whether closed means no trade. */
    public record DisputeStart(double undelimited, double tension, double progress, boolean open, boolean embargo,
                               String source) { }

    public static DisputeStart dispute(DisputeCode d) {
        return switch (d) {
            case KG_TJ -> new DisputeStart(0.08, 0.45, 0.92, false, false,
                "~972 km; >90% agreed by Dec 2023; border closed since 2021 (regional-data.md section 6)");
            case AZ_AM -> new DisputeStart(0.99, 0.5, 0.45, false, true,
                "12.7 km delimited (May 2024); peace text in negotiation; border closed since the 1990s");
            case UZ_KG -> new DisputeStart(0, 0.1, 1, true, false, "treaty 3 Nov 2022, ratified Jan 2023");
            case UZ_TJ -> new DisputeStart(0, 0.1, 1, true, false, "delimitation completed 2019-2020");
        };
    }

    private static Pair p(StateCode a, StateCode b) {
        return Pair.of(a, b);
    }
}
