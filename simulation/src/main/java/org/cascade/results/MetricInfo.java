package org.cascade.results;

import java.util.List;

/** Unit and meaning of each metric, for documentation, CSV readers and chart axes. */
public record MetricInfo(String name, String unit, String subjects, String description) {
    public static final List<MetricInfo> ALL = List.of(
        new MetricInfo(Metrics.GDP, "USD/yr", "state", "Gross domestic product, annual rate"),
        new MetricInfo(Metrics.POPULATION, "persons", "state", "Population"),
        new MetricInfo(Metrics.TOTAL_TRADE, "USD/yr", "state", "Goods turnover with the other six states, annualised"),
        new MetricInfo(Metrics.EXTERNAL_TRADE, "USD/yr", "state-partner (KZ-CN)", "Goods turnover with an external partner, annualised"),
        new MetricInfo(Metrics.TRADE, "USD/yr", "pair (KZ-AZ)", "Bilateral goods turnover, annualised"),
        new MetricInfo(Metrics.TRADE_SECTOR, "USD/yr", "pair:sector (KZ-AZ:metals)", "Bilateral turnover by sector, annualised"),
        new MetricInfo(Metrics.REGIONAL_TRADE, "USD/yr", "region", "Sum of the 21 bilateral turnovers"),
        new MetricInfo(Metrics.MIDDLE_CORRIDOR, "Mt/yr", "TITR", "Middle Corridor freight volume, annualised"),
        new MetricInfo(Metrics.ROUTE_VOLUME, "Mt/yr", "route", "Freight or oil volume on a route, annualised"),
        new MetricInfo(Metrics.ROUTE_CAPACITY, "Mt/yr", "route", "Effective capacity (after disruptions)"),
        new MetricInfo(Metrics.ROUTE_SHARE, "share", "route", "Share of the route in its mode (freight or oil)"),
        new MetricInfo(Metrics.INVESTMENT_STOCK, "USD", "pair", "Cross-investment stock, both directions"),
        new MetricInfo(Metrics.TRAVEL, "trips/yr", "pair", "Visits between the two states, annualised"),
        new MetricInfo(Metrics.TRUST, "0..1", "pair", "Trust between the two governments"),
        new MetricInfo(Metrics.DISPUTE_TENSION, "0..1", "dispute pair", "Tension on the border"),
        new MetricInfo(Metrics.DISPUTE_PROGRESS, "0..1", "dispute pair", "Negotiation progress toward settlement"),
        new MetricInfo(Metrics.DISPUTE_UNDELIMITED, "0..1", "dispute pair", "Share of the border not yet delimited"),
        new MetricInfo(Metrics.DISPUTE_INCIDENTS, "count", "dispute pair", "Incidents and clashes since January 2025"),
        new MetricInfo(Metrics.BORDER_OPEN, "0/1", "dispute pair", "1 when the border is open"),
        new MetricInfo(Metrics.COMMODITY_PRICE, "index", "region", "Oil and metals price index (2024 = 1)"),
        new MetricInfo(Metrics.COOPERATION_INDEX, "0..1", "region", "Regional cooperation index (see MODEL.md)"));

    public static MetricInfo of(String metric) {
        return ALL.stream().filter(m -> m.name.equals(metric)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown metric " + metric));
    }
}
