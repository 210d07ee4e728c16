package org.cascade.ui.charts;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.cascade.ui.i18n.Texts;

/**
 * The words on the explorer's charts in one language: titles, axis labels, series suffixes, legends (keys
 * {@code chart.*} of the translation files). {@link #sentence} puts a sentence of the model's event log (English) into
 * the same language, for the decision legend.
 */
public final class ChartTexts {
    /** English, the model's own sentences as they are. */
    public static final ChartTexts ENGLISH = of(Texts.of(Locale.ENGLISH), UnaryOperator.identity());

    final String tradeTitle;
    final String gdpTitle;
    final String bnUsdYr;
    final String scaleNote;
    final String events;
    final String decisions;
    final String decisionsOf;
    final String more;
    final String talksAccepted;
    final String talksFailed;
    final String trustTitle;
    final String trustScale;
    final String volumeTitr;
    final String volume;
    final String capacity;
    final String mtYr;
    final String bnUsd;
    final String share;
    final String freightShare;
    final String oilShare;
    final String tension;
    final String progress;
    final String corridorTitle;
    final String disputesTitle;
    final String investmentTitle;
    final UnaryOperator<String> sentence;
    private final Locale locale;
    private final Texts texts;

    private ChartTexts(Texts t, UnaryOperator<String> sentence) {
        this.locale = t.locale();
        this.texts = t;
        this.sentence = sentence;
        tradeTitle = t.get("chart.trade.title");
        gdpTitle = t.get("chart.gdp.title");
        bnUsdYr = t.get("chart.unit.bnUsdYr");
        scaleNote = t.get("chart.scaleNote");
        events = t.get("chart.events");
        decisions = t.get("chart.decisions");
        decisionsOf = t.get("chart.decisionsOf");
        more = t.get("chart.more");
        talksAccepted = t.get("chart.talksAccepted");
        talksFailed = t.get("chart.talksFailed");
        trustTitle = t.get("chart.trust.title");
        trustScale = t.get("chart.trust.scale");
        volumeTitr = t.get("chart.volumeTitr");
        volume = t.get("chart.volume");
        capacity = t.get("chart.capacity");
        mtYr = t.get("chart.unit.mtYr");
        bnUsd = t.get("chart.unit.bnUsd");
        share = t.get("chart.share");
        freightShare = t.get("chart.freightShare");
        oilShare = t.get("chart.oilShare");
        tension = t.get("chart.tension");
        progress = t.get("chart.progress");
        corridorTitle = t.get("chart.corridor.title");
        disputesTitle = t.get("chart.disputes.title");
        investmentTitle = t.get("chart.investment.title");
    }

    /**
     * @param sentence puts one of the model's English log sentences into the texts' language
     */
    public static ChartTexts of(Texts t, UnaryOperator<String> sentence) {
        return new ChartTexts(t, sentence);
    }

    /** A route's name on a chart: its id (as in exports), or a short name where the language has one. */
    String route(String id) {
        return texts.has("chart.route." + id) ? texts.get("chart.route." + id) : id;
    }

    public Locale locale() {
        return locale;
    }

    /** A pattern with {@code {0}}-style arguments, in the texts' language. */
    String format(String pattern, Object... args) {
        return new java.text.MessageFormat(pattern, locale).format(args);
    }
}
