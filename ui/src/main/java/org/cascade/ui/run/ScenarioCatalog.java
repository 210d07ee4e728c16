package org.cascade.ui.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The scenarios a person can pick: the bundled library, loaded once. When the library offers none (or one fails to
 * load), the model's defaults stand in so the page always has something to run.
 */
@Service
public class ScenarioCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioCatalog.class);
    private final Map<String, Scenario> byId = new LinkedHashMap<>();

    public ScenarioCatalog() {
        List<String> ids;
        try {
            ids = ScenarioLibrary.ids();
        } catch (RuntimeException e) {
            LOG.error("scenario library not readable; offering the model's defaults only", e);
            ids = List.of();
        }
        for (String id : ids) {
            try {
                byId.put(id, ScenarioLibrary.load(id));
            } catch (Exception e) {
                LOG.warn("scenario {} not loaded: {}", id, e.getMessage(), e);
            }
        }
        if (byId.isEmpty()) {
            Scenario d = Scenario.defaults();
            byId.put(d.id(), d);
        }
    }

    public List<Scenario> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean exists(String id) {
        return byId.containsKey(id);
    }

    /** The scenario with that id, or the first one (baseline) when it does not exist. */
    public Scenario orFirst(String id) {
        return find(id).orElse(byId.values().iterator().next());
    }
}
