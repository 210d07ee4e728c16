package org.cascade.model;

import java.io.Serializable;
import java.util.Locale;
import org.cascade.params.ParameterSet;
import org.cascade.region.RouteCode;
import org.cascade.scenario.Governments.Lever;

/**
 * The outside powers where the region's choices hit them (MODEL.md 7.11), when {@code outside.mode} is 1. Every quarter:
 * Russia cuts its northern-route tariff by {@code outside.russia_response} x the share of westbound freight the Middle
 * Corridor and the trans-Caspian branch have gained since 2024 (times the 2024 tariff), and its CPC tariff likewise
 * for the share of Caspian oil BTC and Baku-Supsa have gained; China's routing grows more cost-sensitive as the
 * alternatives mature (the route logit scale divides by 1 + {@code outside.china_sensitivity} x that share gain).
 * Every January, Turkiye and the EU invest {@code outside.eu_investment_response} bn USD in the Middle Corridor per
 * Mt/yr its volume grew over the past year.
 */
final class OutsidePowers implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Russia changes a tariff when its target has moved this far (USD/t) from the tariff in force. */
    static final double NOTICE = 5;
    private double freightShare0;
    private double oilShare0;
    private double northernTariff0;
    private double cpcTariff0;
    private double northernOffset;
    private double cpcOffset;
    /** Factor on the route logit scale (1 = China's 2024 sensitivity). */
    double logitFactor = 1;
    private double corridorVolumeYearAgo;

    void calibrate(CascadeModel m) {
        freightShare0 = freightShare(m);
        oilShare0 = oilShare(m);
        northernTariff0 = m.p.tariff[RouteCode.NORTHERN.ordinal()];
        cpcTariff0 = m.p.tariff[RouteCode.CPC.ordinal()];
        corridorVolumeYearAgo = m.route(RouteCode.MIDDLE_CORRIDOR).volume;
    }

    double tariffOffset(RouteCode r) {
        return r == RouteCode.NORTHERN ? northernOffset : r == RouteCode.CPC ? cpcOffset : 0;
    }

    /** The month's reactions; true when a term changed. */
    boolean step(CascadeModel m, GovernmentProcess governments) {
        int now = m.month();
        ParameterSet params = m.parameters();
        boolean changed = false;
        if (now % 3 == 0) {
            double russia = params.get("outside.russia_response");
            double freightGain = Math.max(0, freightShare(m) - freightShare0);
            double oilGain = Math.max(0, oilShare(m) - oilShare0);
            double northern = -russia * freightGain * northernTariff0;
            double cpc = -russia * oilGain * cpcTariff0;
            if (Math.abs(northern - northernOffset) >= NOTICE) {
                if (northern < northernOffset) {
                    governments.routeMoved(m, RouteCode.NORTHERN, -1,
                        (northernOffset - northern) / Government.STEP[Lever.TRANSIT_TARIFF.ordinal()]);
                }
                northernOffset = northern;
                if (m.narrates()) {
                    m.log("outside_power", "RU", String.format(Locale.ROOT, "Russia sets the northern route's tariff"
                        + " %.0f USD/t below its 2024 level: the Caspian routes have gained %.1f points of westbound"
                        + " freight", -northern, 100 * freightGain), false);
                }
                changed = true;
            }
            if (Math.abs(cpc - cpcOffset) >= NOTICE) {
                cpcOffset = cpc;
                if (m.narrates()) {
                    m.log("outside_power", "RU", String.format(Locale.ROOT, "Russia sets the CPC tariff %.0f USD/t"
                        + " below its 2024 level: BTC and Baku-Supsa have gained %.1f points of Caspian oil", -cpc,
                        100 * oilGain), false);
                }
                changed = true;
            }
            double factor = 1 / (1 + params.get("outside.china_sensitivity") * freightGain);
            if (factor != logitFactor) {
                logitFactor = factor;
                changed = true;
            }
        }
        if (now % 12 == 0 && now > 0) {
            double volume = m.route(RouteCode.MIDDLE_CORRIDOR).volume;
            double growth = volume - corridorVolumeYearAgo;
            corridorVolumeYearAgo = volume;
            double bn = params.get("outside.eu_investment_response") * growth;
            if (bn > 0.001) {
                m.route(RouteCode.MIDDLE_CORRIDOR).invest(bn, now, m.p);
                if (m.narrates()) {
                    m.log("outside_power", "EU", String.format(Locale.ROOT, "Turkiye and the EU invest %.2f bn USD in"
                        + " the Middle Corridor after its volume grew %.1f Mt/yr in a year", bn, growth), false);
                }
            }
        }
        return changed;
    }

    private static double freightShare(CascadeModel m) {
        double corridor = m.route(RouteCode.MIDDLE_CORRIDOR).volume + m.route(RouteCode.TRANS_CASPIAN).volume;
        double all = corridor + m.route(RouteCode.NORTHERN).volume + m.route(RouteCode.SOUTHERN).volume;
        return all > 0 ? corridor / all : 0;
    }

    private static double oilShare(CascadeModel m) {
        double west = m.route(RouteCode.BTC).volume + m.route(RouteCode.BAKU_SUPSA).volume;
        double all = west + m.route(RouteCode.CPC).volume;
        return all > 0 ? west / all : 0;
    }
}
