package org.cascade.results;

/** Names of the recorded metrics (the {@code metric} column of the tidy CSV). Units are in {@link MetricInfo}. */
public final class Metrics {
    public static final String GDP = "gdp_usd";
    public static final String POPULATION = "population";
    public static final String TOTAL_TRADE = "total_trade_usd";
    public static final String EXTERNAL_TRADE = "external_trade_usd";
    public static final String TRADE = "trade_usd";
    public static final String TRADE_SECTOR = "trade_sector_usd";
    public static final String REGIONAL_TRADE = "regional_trade_usd";
    public static final String MIDDLE_CORRIDOR = "middle_corridor_mt";
    public static final String ROUTE_VOLUME = "route_volume_mt";
    public static final String ROUTE_CAPACITY = "route_capacity_mt";
    public static final String ROUTE_SHARE = "route_share";
    public static final String INVESTMENT_STOCK = "investment_stock_usd";
    public static final String TRAVEL = "travel_trips";
    public static final String TRUST = "trust";
    public static final String DISPUTE_TENSION = "dispute_tension";
    public static final String DISPUTE_PROGRESS = "dispute_progress";
    public static final String DISPUTE_UNDELIMITED = "dispute_undelimited";
    public static final String DISPUTE_INCIDENTS = "dispute_incidents";
    public static final String BORDER_OPEN = "border_open";
    public static final String COMMODITY_PRICE = "commodity_price_index";
    public static final String COOPERATION_INDEX = "cooperation_index";

    /** Subject of region-wide metrics. */
    public static final String REGION = "region";
    /** Subject of the Middle Corridor volume. */
    public static final String TITR = "TITR";

    private Metrics() {
    }
}
