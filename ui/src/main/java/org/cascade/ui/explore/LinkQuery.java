package org.cascade.ui.explore;

import com.vaadin.flow.server.VaadinRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A link's query in the order the link wrote it. Vaadin's router hands the view an unordered map, so the order is
 * read from the request's own query text when that holds the same parameters; otherwise the parameters go in
 * name order, which at least is stable.
 */
final class LinkQuery {
    /** How many reasons a notice lists before "and N more". */
    static final int SHOWN = 5;

    private LinkQuery() {
    }

    static Map<String, List<String>> ordered(Map<String, List<String>> router, VaadinRequest request) {
        for (String raw : candidates(request)) {
            Map<String, List<String>> parsed = parse(raw);
            if (parsed.keySet().equals(router.keySet())) {
                return parsed;
            }
        }
        return new TreeMap<>(router);
    }

    /** Where the query may be: the page request itself, or the location the client reports on its first call. */
    private static List<String> candidates(VaadinRequest request) {
        List<String> out = new ArrayList<>();
        if (request != null) {
            String location = request.getParameter("location");
            if (location != null && location.indexOf('?') >= 0) {
                out.add(location.substring(location.indexOf('?') + 1));
            }
            if (request instanceof com.vaadin.flow.server.VaadinServletRequest s && s.getQueryString() != null) {
                out.add(s.getQueryString());
            }
        }
        return out;
    }

    static Map<String, List<String>> parse(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = decode(eq < 0 ? part : part.substring(0, eq));
            String value = eq < 0 ? "" : decode(part.substring(eq + 1));
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The first {@link #SHOWN} reasons and how many more, e.g. "a; b; c; d; e; and 95 more". */
    static String capped(List<String> reasons) {
        if (reasons.size() <= SHOWN) {
            return String.join("; ", reasons);
        }
        return String.join("; ", reasons.subList(0, SHOWN)) + "; and " + (reasons.size() - SHOWN) + " more";
    }
}
