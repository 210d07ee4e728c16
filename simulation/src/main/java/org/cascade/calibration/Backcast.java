package org.cascade.calibration;

import java.util.ArrayList;
import java.util.List;
import org.cascade.data.BaseYear;
import org.cascade.data.History;
import org.cascade.model.CascadeModel;
import org.cascade.params.ParameterNames;
import org.cascade.params.ParameterNames.RouteField;
import org.cascade.params.ParameterSet;
import org.cascade.region.FreightOrigin;
import org.cascade.region.OilOrigin;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;

/**
 * History-friendly validation of the route block (Windrum, Fagiolo and Moneta 2007, JASSS 10(2) 8): the freight
 * route choice is started from its 2021 state, the recorded changes of 2022-2024 are applied as they happened
 * (sanctions on the northern route, the Middle Corridor's capacity and transit time, the origins' GDP), and the
 * corridor volume it produces is compared with the recorded 1.5, 2.78 and 4.5 Mt. None of those three is an
 * input: the calibration of the full model fits 2024 volumes, this checks a path the fit never saw. Oil is run
 * the same way from 2022 (CPC and Kazakh oil through BTC). The rest of the model (trade, GDP, disputes) cannot yet
 * start before 2024, so this is a sub-model backcast ({@link CascadeModel#routeBlock}); nothing is tuned to it.
 */
public final class Backcast {
    /** Freight starts from 2021 (its row 0 is the 2021 annual rate, read at the start of January 2022). */
    public static final int FREIGHT_START = 2021;
    /** Oil starts from 2022: the record has no 2021 CPC or BTC figure. */
    public static final int OIL_START = 2022;
    public static final int END = 2024;

    private static final String NORTHERN_RELIABILITY = ParameterNames.route(RouteCode.NORTHERN, RouteField.RELIABILITY);
    private static final String MC_CAPACITY = ParameterNames.route(RouteCode.MIDDLE_CORRIDOR, RouteField.CAPACITY);
    private static final String MC_DAYS = ParameterNames.route(RouteCode.MIDDLE_CORRIDOR, RouteField.TRANSIT_DAYS);

    private Backcast() {
    }

    /**
     * One number the backcast reads, with its provenance.
     *
     * @param name   what it is: a record series and subject ({@code gdp_usd KZ}), a registry parameter or an assumption
     * @param year   the year it describes
     * @param source where it comes from: a source key of the data file, "registry" (the model's default) or "assumption"
     */
    public record Input(String name, int year, double value, String source, String note) {
        static Input of(History.Observation o) {
            return new Input(o.series() + " " + o.subject(), o.year(), o.value(), o.figure().source(), o.figure().note());
        }
    }

    /** Everything the backcast reads apart from the behavioural parameters of the registry; nothing else enters. */
    public record Inputs(List<Input> all) {
        public Inputs {
            all = List.copyOf(all);
        }

        double get(String name, int year) {
            return all.stream().filter(i -> i.name.equals(name) && i.year == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input " + name + " " + year)).value;
        }
    }

    /** Model against record for one series and year; {@code error} is signed, (model - record) / record. */
    public record Comparison(String series, int year, double observed, double simulated) {
        public double error() {
            return (simulated - observed) / observed;
        }
    }

    /**
     * The inputs from the data file, the base year and stated assumptions, under the given parameters (whose
     * route conditions are the 2024 ones, and whose {@code route.transit_growth} and {@code route.oil_growth} drive
     * China transit and oil demand as in a run).
     */
    public static Inputs inputs(ParameterSet p) {
        List<Input> in = new ArrayList<>();
        in.add(Input.of(History.get(History.MIDDLE_CORRIDOR, "TITR", FREIGHT_START)));
        for (FreightOrigin o : FreightOrigin.values()) {
            in.add(new Input("freight_mt " + o.name(), END, BaseYear.freightMt(o), "assumption",
                "base-year split of westbound freight by origin (sums to the 2024 route volumes)"));
        }
        for (RouteCode r : List.of(RouteCode.TRANS_CASPIAN, RouteCode.SOUTHERN)) {
            in.add(new Input("route_volume_mt " + r.id(), END, BaseYear.routeVolume(r).value(), "assumption",
                "base-year volume, scaled back to 2021 with total freight demand"));
        }
        for (FreightOrigin o : FreightOrigin.values()) {
            if (o.state() != null) {
                for (int y = FREIGHT_START; y <= END; y++) {
                    in.add(Input.of(History.get(History.GDP, o.state().name(), y)));
                }
            }
        }
        in.add(new Input("route.transit_growth", END, p.get("route.transit_growth"), "registry",
            "China-Europe transit demand grows at the model's rate, backward to 2021 and forward from it"));
        in.add(new Input(NORTHERN_RELIABILITY, FREIGHT_START, 0.97, "assumption",
            "northern route before the sanctions of 2022 (as reliable as BTC in the registry)"));
        in.add(new Input(NORTHERN_RELIABILITY, 2022, p.get(NORTHERN_RELIABILITY), "registry",
            "the 2024 value (sanctions and insurance risk) from the month the sanctions began"));
        in.add(new Input("sanctions_month", 2022, 2, "assumption",
            "0-based month of 2022 from which the northern route has its 2024 reliability: March 2022"));
        in.add(Input.of(History.get(History.MC_CAPACITY, "TITR", 2022)));
        in.add(Input.of(History.get(History.MC_CAPACITY, "TITR", END)));
        in.add(Input.of(History.get(History.MC_TRANSIT_DAYS, "TITR", FREIGHT_START)));
        in.add(Input.of(History.get(History.MC_TRANSIT_DAYS, "TITR", 2023)));
        in.add(Input.of(History.get(History.CPC, "cpc", OIL_START)));
        in.add(Input.of(History.get(History.KZ_OIL_BTC, "btc", OIL_START)));
        in.add(new Input("tm_oil_btc_mt", END, BaseYear.oilMt(OilOrigin.TM_OIL), "assumption",
            "Turkmen oil through BTC held at its 2024 value (no earlier figure)"));
        in.add(new Input("route.oil_growth", END, p.get("route.oil_growth"), "registry", "oil demand grows at the model's rate"));
        return new Inputs(in);
    }

    /** The backcast under the registry defaults. */
    public static List<Comparison> run() {
        return run(ParameterSet.defaults());
    }

    /** The backcast under given behavioural parameters (for sensitivity, not for fitting): model against record. */
    public static List<Comparison> run(ParameterSet p) {
        Inputs in = inputs(p);
        List<Comparison> rows = new ArrayList<>();
        double[] mc = annualMeans(freight(p, in, true), RouteCode.MIDDLE_CORRIDOR);
        for (int y = FREIGHT_START + 1; y <= END; y++) {
            rows.add(new Comparison(History.MIDDLE_CORRIDOR, y, History.get(History.MIDDLE_CORRIDOR, "TITR", y).value(),
                mc[y - FREIGHT_START - 1]));
        }
        double[][] oil = oil(p, in);
        double[] cpc = annualMeans(oil, RouteCode.CPC);
        double[] btc = annualMeans(oil, RouteCode.BTC);
        double tm = in.get("tm_oil_btc_mt", END);
        double oilGrowth = in.get("route.oil_growth", END);
        for (int y = OIL_START + 1; y <= END; y++) {
            int k = y - OIL_START - 1;
            if (y == END) {
                rows.add(new Comparison(History.CPC, y, History.get(History.CPC, "cpc", y).value(), cpc[k]));
            }
            // Turkmen oil has no route but BTC while Baku-Supsa is closed: the rest of BTC is Kazakh.
            double tmOnBtc = tm * annualMeanIndex(oilGrowth, k);
            rows.add(new Comparison(History.KZ_OIL_BTC, y, History.get(History.KZ_OIL_BTC, "btc", y).value(), btc[k] - tmOnBtc));
        }
        return rows;
    }

    /**
     * Middle Corridor volume by year 2022-2024 with the route conditions held at 2021 (no sanctions, no faster
     * transit, same capacity): demand growth alone. The difference to {@link #run} is what the model attributes to
     * the recorded changes of conditions.
     */
    public static double[] middleCorridorWithoutChanges(ParameterSet p) {
        return annualMeans(freight(p, inputs(p), false), RouteCode.MIDDLE_CORRIDOR);
    }

    /** Freight demand by origin and route volumes (freight and oil) at the start. */
    private record Start(double[] demand, double[] volumes) { }

    /**
     * The 2021 freight state: state origins' 2024 demand scaled by their GDP 2021/2024, China transit by the
     * transit growth; the Middle Corridor's recorded 0.586 Mt; the Trans-Caspian and southern 2024 volumes scaled
     * by total demand; the northern route the rest. Oil routes carry their 2022 volumes.
     */
    private static Start freightStart(Inputs in) {
        double[] base = new double[FreightOrigin.COUNT];
        double base2024 = 0;
        double base2021 = 0;
        double transit = in.get("route.transit_growth", END);
        for (FreightOrigin o : FreightOrigin.values()) {
            double d2024 = in.get("freight_mt " + o.name(), END);
            base[o.ordinal()] = o.state() == null ? d2024 / Math.pow(1 + transit, END - FREIGHT_START)
                : d2024 * gdpIndex(in, o.state(), END, FREIGHT_START);
            base2024 += d2024;
            base2021 += base[o.ordinal()];
        }
        double scale = base2021 / base2024;
        double[] volumes = new double[RouteCode.COUNT];
        volumes[RouteCode.MIDDLE_CORRIDOR.ordinal()] = in.get(History.MIDDLE_CORRIDOR + " TITR", FREIGHT_START);
        volumes[RouteCode.TRANS_CASPIAN.ordinal()] = in.get("route_volume_mt trans-caspian", END) * scale;
        volumes[RouteCode.SOUTHERN.ordinal()] = in.get("route_volume_mt southern", END) * scale;
        volumes[RouteCode.NORTHERN.ordinal()] = base2021 - volumes[RouteCode.MIDDLE_CORRIDOR.ordinal()]
            - volumes[RouteCode.TRANS_CASPIAN.ordinal()] - volumes[RouteCode.SOUTHERN.ordinal()];
        oilStart(in, volumes);
        return new Start(base, volumes);
    }

    /** Monthly route volumes from the 2021 freight state; {@code changes} applies the recorded route conditions. */
    private static double[][] freight(ParameterSet p, Inputs in, boolean changes) {
        Start s = freightStart(in);
        double transit = in.get("route.transit_growth", END);
        ParameterSet start = conditions(p, in, -1);
        int months = 12 * (END - FREIGHT_START);
        return CascadeModel.routeBlock(start, s.demand, oilDemand(in), s.volumes,
            t -> changes ? conditions(p, in, t) : start,
            t -> {
                int year = FREIGHT_START + 1 + t / 12;
                double[] index = new double[FreightOrigin.COUNT];
                for (FreightOrigin o : FreightOrigin.values()) {
                    index[o.ordinal()] = o.state() == null ? Math.pow(1 + transit, (t + 1) / 12.0)
                        : gdpIndex(in, o.state(), year, FREIGHT_START);
                }
                return index;
            },
            t -> new double[] {1, 1}, months);
    }

    /**
     * Route conditions in month {@code t} after the start (January 2022 = 0; -1 = the 2021 state the constants are
     * fitted under). Only the three recorded changes differ from the registry: the rest stays at its 2024 value.
     */
    private static ParameterSet conditions(ParameterSet p, Inputs in, int t) {
        int year = FREIGHT_START + 1 + Math.floorDiv(t, 12);
        boolean sanctions = t >= in.get("sanctions_month", 2022);
        return p.with(NORTHERN_RELIABILITY, in.get(NORTHERN_RELIABILITY, sanctions ? 2022 : FREIGHT_START))
            .with(MC_CAPACITY, in.get(History.MC_CAPACITY + " TITR", year >= END ? END : 2022))
            .with(MC_DAYS, in.get(History.MC_TRANSIT_DAYS + " TITR", year >= 2023 ? 2023 : FREIGHT_START));
    }

    /** Monthly route volumes from the 2022 oil state under the 2024 route conditions. */
    private static double[][] oil(ParameterSet p, Inputs in) {
        // Freight does not share routes with oil: it is held at its 2021 state, which leaves oil unaffected.
        Start s = freightStart(in);
        double[] flat = new double[FreightOrigin.COUNT];
        java.util.Arrays.fill(flat, 1);
        double growth = in.get("route.oil_growth", END);
        return CascadeModel.routeBlock(p, s.demand, oilDemand(in), s.volumes, t -> p, t -> flat,
            t -> {
                double g = Math.pow(1 + growth, (t + 1) / 12.0);
                return new double[] {g, g};
            }, 12 * (END - OIL_START));
    }

    /** Oil demand of 2022: Kazakh oil is what the CPC and BTC carried; Turkmen oil its assumed BTC volume. */
    private static double[] oilDemand(Inputs in) {
        double[] demand = new double[OilOrigin.COUNT];
        demand[OilOrigin.KZ_OIL.ordinal()] = in.get(History.CPC + " cpc", OIL_START) + in.get(History.KZ_OIL_BTC + " btc", OIL_START);
        demand[OilOrigin.TM_OIL.ordinal()] = in.get("tm_oil_btc_mt", END);
        return demand;
    }

    private static void oilStart(Inputs in, double[] volumes) {
        volumes[RouteCode.CPC.ordinal()] = in.get(History.CPC + " cpc", OIL_START);
        volumes[RouteCode.BTC.ordinal()] = in.get(History.KZ_OIL_BTC + " btc", OIL_START) + in.get("tm_oil_btc_mt", END);
        volumes[RouteCode.BAKU_SUPSA.ordinal()] = 0;
    }

    private static double gdpIndex(Inputs in, StateCode s, int year, int base) {
        return in.get(History.GDP + " " + s.name(), year) / in.get(History.GDP + " " + s.name(), base);
    }

    /** Mean of the monthly rows of each year after the start: year k is rows 12k+1 to 12k+12. */
    private static double[] annualMeans(double[][] rows, RouteCode r) {
        double[] means = new double[(rows.length - 1) / 12];
        for (int k = 0; k < means.length; k++) {
            for (int m = 1; m <= 12; m++) {
                means[k] += rows[12 * k + m][r.ordinal()] / 12;
            }
        }
        return means;
    }

    /** Mean over year k of the oil demand index (1 + g)^((t + 1) / 12), the months t of that year. */
    private static double annualMeanIndex(double growth, int k) {
        double sum = 0;
        for (int m = 1; m <= 12; m++) {
            sum += Math.pow(1 + growth, (12 * k + m) / 12.0);
        }
        return sum / 12;
    }
}
