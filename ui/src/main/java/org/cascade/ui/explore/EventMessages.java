package org.cascade.ui.explore;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cascade.results.LoggedEvent;
import org.cascade.ui.i18n.Texts;

/**
 * The event log in the page's language. The simulation writes its log in English sentences built from a few dozen
 * shapes; here each shape is a pattern whose captures are put into the language's template ({@code evr.NAME}), each
 * capture translated in turn (a route's name, a reason, a verb: {@code evp.WORDS} for a fixed phrase; a list item by
 * item). A sentence no
 * pattern knows stays as the model wrote it; so does a scenario's note (in parentheses) with no {@code evp} text.
 */
final class EventMessages {
    private record Rule(String name, Pattern pattern) {
    }

    private static final int DEPTH = 5;
    private static final String S = "(\\w\\w)";
    private static final String D = "([\\w-]+)";
    private static final String N = "(\\S+)";
    private static final String OFFER = " offered terms worth " + N + " to " + S + " \\(outside option " + N
        + ", acceptance chance " + N + "\\)";
    private static final List<Rule> RULES = List.of(
        rule("decision", S + " ((?:raises|lowers) its (?:import|transit) tariff|(?:raises|lowers) its corridor investment"
            + "|(?:opens|tightens) its visa regime|(?:hardens|softens) its border stance"
            + "|(?:steps up|scales back) its investment promotion) to (.+?) \\((expected gain .*)\\)"),
        rule("partnerVisa", S + " (tightens|restores) its visas toward " + S + " to " + N + " \\((expected gain .*)\\)"),
        rule("aid", S + " (gives|refuses) aid to " + S + " after its crisis \\((expected gain .*)\\)"),
        rule("staysAway", S + " stays away from the summit \\((expected gain .*)\\)"),
        rule("hosts", S + " hosts an extra summit of the (.+?) \\((expected gain .*)\\)"),
        rule("hostedBy", " hosted by " + S),
        rule("partnerVisaKept", S + " keeps its visas toward " + S + " \\((expected gain .*)\\)"),
        rule("gain.tail", "expected gain " + N + " against " + N + " to (.+?); (.+)"),
        rule("gain.runnerUp", "expected gain " + N + " against " + N + " to (.+)"),
        rule("gain", "expected gain " + N),
        rule("answering", "answering (.+)"),
        rule("move", S + "'s move"),
        rule("tariffCut", D + "'s tariff cut"),
        rule("usdPerT", N + " USD/t on the route"),
        rule("bnUsdYr", N + " bn USD/yr"),
        rule("bargaining", D + " talks: " + S + OFFER + "; accepted, progress to " + N),
        rule("bargainingFailed", D + " talks failed: " + S + OFFER + "; rejected, tension to " + N),
        rule("northern", "Russia sets the northern route's tariff " + N + " USD/t below its 2024 level: the Caspian"
            + " routes have gained " + N + " points of westbound freight"),
        rule("cpc", "Russia sets the CPC tariff " + N + " USD/t below its 2024 level: BTC and Baku-Supsa have gained "
            + N + " points of Caspian oil"),
        rule("euInvest", "Turkiye and the EU invest " + N + " bn USD in the Middle Corridor after its volume grew " + N
            + " Mt/yr in a year"),
        rule("crisis", S + " crisis: (.+) \\(severity " + N + "\\)"),
        rule("assist", S + " assisted " + S + " after the crisis \\(trust " + N + " -> " + N + "\\)"),
        rule("nobodySits", S + ": a human seat with nobody to answer it; the default rule \\(the adaptive government\\)"
            + " decides its human levers"),
        rule("seat", S + " ([a-z_]+): (the person at the seat chose|no answer in time; the default rule chose"
            + "|nobody at the seat; the default rule chose) '(.+)' \\(" + N + "\\)"),
        rule("disrupted", "(.+) disrupted: (\\d+)% of capacity lost for (\\d+) months(.*)"),
        rule("restored", "(.+) back to full capacity after a disruption"),
        rule("summit", "(.+): (regular summit|extra summit)(.*) with (\\d+) of the seven; trust among them rises"),
        rule("set", "([\\w.-]+) set to " + N + "(.*)"),
        rule("progress", D + " negotiation progress to " + N + "(.*)"),
        rule("textAgreed", D + " treaty text agreed \\((.+)\\); the border stays closed until the treaty is signed"),
        rule("reopened", D + " dispute reopened: (\\d+)% of the border contested(.*)"),
        rule("join", S + " joins the (.+?) as a full participant(.*)"),
        rule("invested", N + " bn USD invested in the (.+); capacity follows in (\\d+) months(.*)"),
        rule("trust", D + " trust ([+-]\\S+)(.*)"),
        rule("commodity", "Commodity prices (up|down) (\\d+)%(.*)"),
        rule("incident", D + " border incident \\(tension " + N + "\\)"),
        rule("settled", D + " border settled: (.+)"),
        rule("opened", D + " border opened: (.+)"),
        rule("closed", D + " border closed: (.+)"),
        rule("clash", D + " armed clash \\(severity " + N + "\\)"),
        rule("clashAfter", "clash after tension " + N + "(.*)"),
        rule("scheduledClash", "scheduled clash after tension " + N + "(.*)"),
        rule("treatyWithout", "peace treaty signed without a scheduled event \\(progress " + N + "\\)"),
        rule("treaty", "treaty( \\(.*\\))?"),
        rule("scheduledOpening", "scheduled opening(.*)"),
        rule("scheduledClosure", "scheduled closure(.*)"),
        rule("negotiationCompleted", "negotiation completed(.*)"),
        rule("note", " \\((.+)\\)"));

    private EventMessages() {
    }

    private static Rule rule(String name, String regex) {
        return new Rule(name, Pattern.compile(regex));
    }

    /** The kind of an event as a short label in the page's language (the kind itself where none is written). */
    static String kind(LoggedEvent e, Texts t) {
        String key = "kind." + e.kind();
        return t.has(key) ? t.get(key) : e.kind();
    }

    /** An event's sentence in the page's language; as the model wrote it in English. */
    static String message(LoggedEvent e, Texts t) {
        if (t.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return e.message();
        }
        return translate(e.message(), t, 0);
    }

    /** A sentence the model wrote in English, in the page's language (as it is for English). */
    static String sentence(String text, Texts t) {
        if (t.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return text;
        }
        return translate(text, t, 0);
    }

    private static String translate(String text, Texts t, int depth) {
        if (text == null || text.isEmpty() || depth > DEPTH) {
            return text == null ? "" : text;
        }
        String phrase = "evp." + text.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        if (t.has(phrase)) {
            return t.get(phrase);
        }
        for (Rule r : RULES) {
            String key = "evr." + r.name();
            Matcher m = r.pattern().matcher(text);
            if (m.matches() && t.has(key)) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = translate(m.group(i + 1), t, depth + 1);
                }
                return t.get(key, args);
            }
        }
        if (text.contains(", ")) { // a list ("UZ's move, KG's move"): each item on its own
            String[] items = text.split(", ");
            for (int i = 0; i < items.length; i++) {
                items[i] = translate(items[i], t, depth + 1);
            }
            return String.join(", ", items);
        }
        return text;
    }
}
