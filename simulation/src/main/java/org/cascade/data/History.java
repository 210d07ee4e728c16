package org.cascade.data;

import java.util.List;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * Dated figures from before the base year, for history-friendly validation (the backcast of the route block).
 * The base year ({@link BaseYear}) holds what the model starts from; this class holds what it is checked against
 * and the earlier conditions a backcast starts from. Every figure is from {@code shared/reference/regional-data.md}
 * with the source key given there; 2024 figures that the base year already holds are read from {@link BaseYear}
 * so that the two cannot drift apart.
 */
public final class History {
    /** Middle Corridor (TITR) freight, Mt/yr. */
    public static final String MIDDLE_CORRIDOR = "middle_corridor_mt";
    /** Nominal GDP, USD/yr (World Bank NY.GDP.MKTP.CD to 2023). */
    public static final String GDP = "gdp_usd";
    /** Middle Corridor capacity, Mt/yr. */
    public static final String MC_CAPACITY = "middle_corridor_capacity_mt";
    /** Middle Corridor transit time China-Europe, days. */
    public static final String MC_TRANSIT_DAYS = "middle_corridor_transit_days";
    /** Caspian Pipeline Consortium throughput, Mt/yr. */
    public static final String CPC = "cpc_mt";
    /** Kazakh oil shipped through Baku-Tbilisi-Ceyhan, Mt/yr. */
    public static final String KZ_OIL_BTC = "kz_oil_btc_mt";
    /** Goods turnover of a pair of the seven (subject: the pair, e.g. {@code KZ-AZ}), USD/yr. */
    public static final String PAIR_TRADE = "pair_trade_usd";
    /** Brent crude, annual average, USD per barrel (subject {@code brent}). */
    public static final String BRENT = "brent_usd_bbl";

    private History() {
    }

    /**
     * One dated figure.
     *
     * @param series  what it measures (one of the constants of this class)
     * @param subject the state, or the route for route series
     * @param year    the calendar year the figure is for
     * @param figure  value, source and note
     */
    public record Observation(String series, String subject, int year, Figure figure) {
        public double value() {
            return figure.value();
        }
    }

    private static final String WB = "World Bank NY.GDP.MKTP.CD";
    private static final String MC_SOURCE = "astanatimes.com/2024/03; vestikavkaza 176148";

    /** All dated figures: routes first, then GDP by state and year. */
    public static final List<Observation> ALL = all();

    private static List<Observation> all() {
        List<Observation> all = new java.util.ArrayList<>(List.of(
            new Observation(MIDDLE_CORRIDOR, "TITR", 2021, Figure.of(0.586, MC_SOURCE, "2021")),
            new Observation(MIDDLE_CORRIDOR, "TITR", 2022, Figure.of(1.5, MC_SOURCE, "2022")),
            new Observation(MIDDLE_CORRIDOR, "TITR", 2023, Figure.of(2.78, MC_SOURCE, "2023: reported as 2.76-2.8 Mt, midpoint")),
            new Observation(MIDDLE_CORRIDOR, "TITR", 2024, BaseYear.routeVolume(RouteCode.MIDDLE_CORRIDOR)),
            new Observation(MC_CAPACITY, "TITR", 2022, Figure.of(5.8, "astanatimes.com/2024/03", "2022")),
            new Observation(MC_CAPACITY, "TITR", 2024, Figure.of(6.0, "astanatimes.com/2024/03", "2024, plus 100k TEU")),
            new Observation(MC_TRANSIT_DAYS, "TITR", 2021, Figure.of(53, "silkwaytv.kz",
                "'down from 53' days: the source gives no year for it; taken as the time before 2023")),
            new Observation(MC_TRANSIT_DAYS, "TITR", 2023, Figure.of(23, "silkwaytv.kz", "~23 days (2023)")),
            new Observation(CPC, "cpc", 2022, Figure.of(58.7, "daryo.uz; TASS", "2022")),
            new Observation(CPC, "cpc", 2024, BaseYear.routeVolume(RouteCode.CPC)),
            new Observation(KZ_OIL_BTC, "btc", 2022, Figure.of(0.25, "menafn/1107722129", "2022")),
            new Observation(KZ_OIL_BTC, "btc", 2023, Figure.of(1.392, "menafn/1107722129", "2023")),
            new Observation(KZ_OIL_BTC, "btc", 2024, BaseYear.KZ_OIL_BTC)));
        all.addAll(gdp(StateCode.KZ, 197.11, 225.50, 261.42));
        all.addAll(gdp(StateCode.UZ, 69.60, 81.14, 90.89));
        all.addAll(gdp(StateCode.KG, 9.25, 12.13, 13.99));
        all.addAll(gdp(StateCode.TJ, 8.94, 10.71, 12.06));
        all.addAll(gdp(StateCode.TM, 50.01, 56.54, 59.89));
        all.addAll(gdp(StateCode.AZ, 54.83, 78.81, 72.36));
        all.addAll(gdp(StateCode.AM, 13.88, 19.51, 24.21));
        all.addAll(pairTrade());
        all.addAll(List.of(
            new Observation(BRENT, "brent", 2021, Figure.of(70.95, "Dow Jones Market Data via marketscreener.com, 2021-12-31",
                "ICE Brent front month, 2021 average")),
            new Observation(BRENT, "brent", 2022, Figure.of(100.94, "EIA via en.apa.az/energy-and-industry/409277",
                "Brent spot, 2022 average")),
            new Observation(BRENT, "brent", 2023, Figure.of(82.49, "EIA (statistico.com, Brent by year)", "Brent spot, 2023 average")),
            new Observation(BRENT, "brent", 2024, Figure.of(81, "EIA Today in Energy, Jan 2025 (a look back at the 2024 forecast)",
                "Brent, 2024 average"))));
        return List.copyOf(all);
    }

    /**
     * Goods turnover of the pairs with a dated figure before 2024 (regional-data.md section 2, the reporter named
     * there); 2024 is the base year's figure. Partial years are annualised; a lower bound ("&gt;5bn") is taken as
     * the bound. Where the reporters conflict, the first row of the data file is used, as in the base year.
     */
    private static List<Observation> pairTrade() {
        List<Observation> out = new java.util.ArrayList<>();
        String kzuz = "inform.kz 2024-08-07";
        String kzkg = "trend/3903697; 24.kg/321020";
        String kztj = "astanatimes.com/2023/05; tass.com/economy/1736063";
        String uztj = "azernews.az/region/227468";
        String uztm = "menafn/1107835020";
        trade(out, "KZ-AZ", 2022, 460, "astanatimes.com/2023/06", "KZ data");
        trade(out, "KZ-AZ", 2023, 529.4, "inform.kz", "KZ data");
        trade(out, "KZ-UZ", 2022, 5000, kzuz, "KZ data, reported as more than 5bn: the bound");
        trade(out, "KZ-UZ", 2023, 4400, kzuz, "KZ data");
        trade(out, "KZ-KG", 2022, 1181, kzkg, "KG data");
        trade(out, "KZ-KG", 2023, 1317, kzkg, "KG data");
        trade(out, "KZ-TJ", 2021, 1200, kztj, "KZ data");
        trade(out, "KZ-TJ", 2022, 1400, kztj, "KZ data");
        trade(out, "KZ-TJ", 2023, 1150, "tass.com/economy/1736063", "TJ data (about 1.15bn)");
        trade(out, "KZ-TM", 2021, 254, "inform.kz 2024-05-27", "KZ data");
        trade(out, "KZ-TM", 2023, 563, "inform.kz 2024-05-27", "KZ data");
        trade(out, "UZ-TJ", 2021, 606, uztj, "UZ data");
        trade(out, "UZ-TJ", 2022, 674, uztj, "UZ data");
        trade(out, "UZ-TJ", 2023, 757, uztj, "UZ data");
        trade(out, "UZ-TM", 2021, 882, uztm, "UZ data");
        trade(out, "UZ-TM", 2022, 926, uztm, "UZ data");
        trade(out, "UZ-TM", 2023, 1090, uztm, "UZ data, reported as more than 1.09bn: the bound");
        trade(out, "TM-AZ", 2021, 105, "menafn/1107187309", "AZ data");
        trade(out, "TM-AZ", 2023, 645 * 12.0 / 8, "menafn/1107187309", "AZ data, Jan-Aug 2023 (645M) annualised");
        for (String pair : List.of("KZ-AZ", "KZ-UZ", "KZ-KG", "KZ-TJ", "KZ-TM", "UZ-TJ", "UZ-TM", "TM-AZ")) {
            out.add(new Observation(PAIR_TRADE, pair, 2024, BaseYear.TURNOVER.get(org.cascade.region.Pair.parse(pair).orElseThrow())));
        }
        return out;
    }

    private static void trade(List<Observation> out, String pair, int year, double millions, String source, String note) {
        out.add(new Observation(PAIR_TRADE, pair, year, Figure.of(millions * BaseYear.M, source, year + ", " + note)));
    }

    /** GDP 2021-2023 (World Bank) of a state; 2024 is the base year's figure. */
    private static List<Observation> gdp(StateCode s, double y2021, double y2022, double y2023) {
        return List.of(
            new Observation(GDP, s.name(), 2021, Figure.of(y2021 * BaseYear.BN, WB, "2021")),
            new Observation(GDP, s.name(), 2022, Figure.of(y2022 * BaseYear.BN, WB, "2022")),
            new Observation(GDP, s.name(), 2023, Figure.of(y2023 * BaseYear.BN, WB, "2023")),
            new Observation(GDP, s.name(), 2024, BaseYear.GDP.get(s)));
    }

    /** The figure of a series for a subject and year. */
    public static Observation get(String series, String subject, int year) {
        return ALL.stream().filter(o -> o.series.equals(series) && o.subject.equals(subject) && o.year == year)
            .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + series + " " + subject + " " + year));
    }
}
