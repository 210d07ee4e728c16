package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cascade.params.Parameter;
import org.cascade.params.ParameterGroup;
import org.cascade.params.ParameterLabels;
import org.cascade.params.ParameterRegistry;
import org.cascade.params.ParameterSet;
import org.cascade.scenario.Scenario;
import org.cascade.scenario.ScenarioEvent;
import org.cascade.ui.i18n.Texts;

/**
 * One NumberField per registry parameter, labelled in plain words with its explanation and its code id in small
 * type, under a search box, with the key levers first and the rest in one collapsible section per group. Each
 * field refuses values outside its range. A field the scenario's timeline changes says so and offers to keep the
 * person's value for the whole run. Fires a {@link ChangeEvent} with the changes whenever an edit leaves every
 * field valid, and a {@link KeepEvent} when a keep box is ticked or cleared.
 */
class ParameterPanel extends Div {
    /** The parameters people change most, shown first. */
    static final List<String> KEY_LEVERS = List.of("policy.KZ.tariff", "policy.UZ.tariff",
        "route.middle-corridor.tariff", "route.middle-corridor.capacity", "policy.KZ.corridor_investment",
        "trust.summit_gain", "dispute.mediation", "policy.KG.political_will", "policy.TJ.political_will",
        "shock.enabled");
    static final String KEY_SECTION = "key";

    private final Texts t;
    private final ParameterLabels labels;
    private final Map<String, NumberField> fields = new LinkedHashMap<>();
    private final Map<String, Div> boxes = new LinkedHashMap<>();
    private final Map<String, Span> scripted = new LinkedHashMap<>();
    private final Map<String, Checkbox> keeps = new LinkedHashMap<>();
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, Details> details = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    /** The value each parameter shows (null while its field holds no number), whether or not its field exists yet. */
    private final Map<String, Double> values = new LinkedHashMap<>();
    /** The sections whose fields exist: a section's fields are built when it is first opened (or a search finds it). */
    private final Set<String> filled = new LinkedHashSet<>();
    private final Map<String, Div> contents = new LinkedHashMap<>();
    private Map<String, List<ScenarioEvent.SetParameter>> sets = Map.of();
    private Set<String> kept = Set.of();
    private String[] query = new String[0];
    private final Span matches = new Span();
    private ParameterSet scenarioValues = ParameterSet.defaults();
    private boolean loading;

    ParameterPanel(Locale locale) {
        this.t = Texts.of(locale);
        this.labels = ParameterLabels.of(locale);
        addClassName("parameter-panel");
        TextField search = new TextField(t.get("params.search"));
        search.setId("param-search");
        search.setPlaceholder(t.get("params.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> filter(e.getValue()));
        matches.setId("param-matches");
        matches.addClassName("param-matches");
        Button resetAll = new Button(t.get("params.resetAll"), e -> reset(null));
        resetAll.setId("reset-all-params");
        add(search, matches, resetAll);
        sections.put(KEY_SECTION, KEY_LEVERS);
        for (ParameterGroup g : ParameterGroup.values()) {
            sections.put(g.name().toLowerCase(Locale.ROOT), ParameterRegistry.get().all().stream()
                .filter(p -> p.group() == g && !KEY_LEVERS.contains(p.name())).map(Parameter::name).toList());
        }
        ParameterRegistry.get().all().forEach(p -> values.put(p.name(), p.defaultValue()));
        sections.forEach((id, names) -> {
            Div content = new Div();
            content.addClassName("param-group");
            Button reset = new Button(t.get("params.resetGroup"), e -> reset(id));
            reset.setId("reset-" + id);
            reset.addClassName("small");
            content.add(reset);
            contents.put(id, content);
            Details d = new Details(t.get("group." + id) + " (" + names.size() + ")", content);
            d.setId("group-" + id);
            d.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    fill(id);
                }
            });
            details.put(id, d);
            add(d);
        });
        fill(KEY_SECTION);
        details.get(KEY_SECTION).setOpened(true);
    }

    /**
     * Builds a section's fields from the values they show. A page with every field of the registry built (some 220
     * number fields with their keep boxes and tooltips) took seconds to render in the browser; closed sections cost
     * nothing until opened.
     */
    private void fill(String section) {
        if (!filled.add(section)) {
            return;
        }
        boolean was = loading;
        loading = true;
        try {
            for (String name : sections.get(section)) {
                Div box = field(ParameterRegistry.get().find(name).orElseThrow());
                contents.get(section).add(box);
                fields.get(name).setValue(values.get(name));
                showScripted(name);
                box.setVisible(matches(name));
            }
        } finally {
            loading = was;
        }
    }

    /** Opens the section that holds a parameter, as a person would to reach its field. */
    void reveal(String name) {
        sections.forEach((id, names) -> {
            if (names.contains(name)) {
                fill(id);
                details.get(id).setOpened(true);
            }
        });
    }

    private Div field(Parameter p) {
        NumberField f = new NumberField(labels.label(p.name()));
        f.setId("param-" + p.name());
        f.setMin(p.min());
        f.setMax(p.max());
        f.setStep(p.integer() ? 1 : step(p));
        f.setManualValidation(true);
        if (!p.unit().isEmpty()) {
            String unitKey = "punit." + p.unit().replaceAll("[^A-Za-z0-9]+", "_");
            f.setSuffixComponent(new Span(t.has(unitKey) ? t.get(unitKey) : p.unit()));
        }
        f.setHelperText(labels.explanation(p.name()) + " " + t.get("params.range", Parameter.format(p.defaultValue()),
            p.range()));
        f.setTooltipText(t.get("params.source", p.source()));
        f.setValue(p.defaultValue());
        f.setWidthFull();
        f.addValueChangeListener(e -> {
            check(p, f);
            values.put(p.name(), f.getValue());
            if (!loading) {
                changed();
            }
        });
        // the same number typed in another form ("1" then "1e9") changes no value, but is checked all the same
        f.getElement().addPropertyChangeListener("value", e -> check(p, f));
        fields.put(p.name(), f);
        Span id = new Span(p.name());
        id.addClassName("param-id");
        Span script = new Span();
        script.addClassName("param-script");
        script.setId("script-" + p.name());
        script.setVisible(false);
        Checkbox keep = new Checkbox(t.get("params.keep"));
        keep.setId("keep-" + p.name());
        keep.addClassName("param-keep");
        keep.setVisible(false);
        keep.addValueChangeListener(e -> {
            if (!loading) {
                fireEvent(new KeepEvent(this, p.name(), e.getValue()));
            }
        });
        scripted.put(p.name(), script);
        keeps.put(p.name(), keep);
        Div box = new Div(f, id, script, keep);
        box.addClassName("param");
        boxes.put(p.name(), box);
        return box;
    }

    private static double step(Parameter p) {
        double span = p.max() - p.min();
        double s = Math.pow(10, Math.floor(Math.log10(span / 100)));
        return s > 0 && Double.isFinite(s) ? s : 0.01;
    }

    /** Shows only the parameters whose label, id or explanation holds every word typed; opens their sections. */
    private void filter(String typed) {
        this.query = typed == null ? new String[0] : typed.trim().toLowerCase(Locale.ROOT).split("\\s+");
        boolean searching = typed != null && !typed.isBlank();
        int shown = 0;
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            long hits = e.getValue().stream().filter(this::matches).count();
            shown += (int) hits;
            Details d = details.get(e.getKey());
            d.setVisible(hits > 0);
            if (searching && hits > 0) {
                fill(e.getKey());
            }
            if (searching) {
                d.setOpened(hits > 0);
            }
        }
        boxes.forEach((name, box) -> box.setVisible(matches(name)));
        matches.setText(searching ? t.plural("params.matches", shown) : "");
    }

    /** The parameter's label, id or explanation holds every word of the search. */
    private boolean matches(String name) {
        String text = (labels.label(name) + " " + name + " " + labels.explanation(name)).toLowerCase(Locale.ROOT);
        for (String w : query) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private void check(Parameter p, NumberField f) {
        Double v = typed(f);
        if (v != null && !v.equals(f.getValue())) {
            f.setValue(v); // the field shows and hands on what was typed, not the parser's reading of it
            return;
        }
        String problem;
        if (v == null) {
            problem = "'" + p.name() + "' " + t.get("params.needsNumber", p.range());
        } else {
            problem = p.problemWith(v);
        }
        if (problem.isEmpty()) {
            problems.remove(p.name());
            f.setInvalid(false);
            f.setErrorMessage(null);
        } else {
            problems.put(p.name(), problem);
            f.setErrorMessage(problem);
            f.setInvalid(true);
        }
    }

    /**
     * The number as typed: the field's own parser reads "1e9" as 1 (it stops at the "e"), so the text the browser
     * sent is read in full when it is a number.
     */
    private static Double typed(NumberField f) {
        String raw = f.getElement().getProperty("value", "").trim();
        if (!raw.isEmpty()) {
            try {
                return Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return f.getValue(); // a form the parser knows and Java does not, e.g. a grouping separator
            }
        }
        return f.getValue();
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addKeepListener(ComponentEventListener<KeepEvent> listener) {
        return addListener(KeepEvent.class, listener);
    }

    private void changed() {
        if (problems.isEmpty()) {
            fireEvent(new ChangeEvent(this, overrides()));
        }
    }

    /**
     * Shows the scenario's values with the given changes on top, and beside each parameter its timeline sets, with
     * the keep box ticked for those the person keeps.
     */
    void load(Scenario scenario, ParameterSet overrides, Set<String> kept) {
        loading = true;
        try {
            this.scenarioValues = scenario.parameters();
            this.sets = scriptedSets(scenario);
            this.kept = Set.copyOf(kept);
            for (String name : values.keySet()) {
                double v = overrides.overrides().containsKey(name) ? overrides.get(name) : scenarioValues.get(name);
                values.put(name, v);
                NumberField f = fields.get(name);
                if (f != null) {
                    f.setValue(v);
                    showScripted(name);
                }
            }
        } finally {
            loading = false;
        }
    }

    /** Beside a built field: the scenario's dated sets of it, and the box that keeps the person's value over them. */
    private void showScripted(String name) {
        List<ScenarioEvent.SetParameter> s = sets.getOrDefault(name, List.of());
        scripted.get(name).setVisible(!s.isEmpty());
        String dated = s.stream().map(x -> t.get("params.scripted.one", Parameter.format(x.value()),
            x.at().date().toString())).collect(Collectors.joining(", "));
        scripted.get(name).setText(s.isEmpty() ? "" : t.get("params.scripted", dated));
        keeps.get(name).setVisible(!s.isEmpty());
        keeps.get(name).setValue(!s.isEmpty() && kept.contains(name));
    }

    /** The scenario's dated sets of each parameter, in date order. */
    static Map<String, List<ScenarioEvent.SetParameter>> scriptedSets(Scenario scenario) {
        Map<String, List<ScenarioEvent.SetParameter>> out = new LinkedHashMap<>();
        for (ScenarioEvent e : scenario.events()) {
            if (e instanceof ScenarioEvent.SetParameter s) {
                out.computeIfAbsent(s.parameter().name(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    /** Resets a section's fields (all of them for null) to the scenario's values. */
    private void reset(String section) {
        loading = true;
        try {
            Set<String> names = section == null ? values.keySet() : new LinkedHashSet<>(sections.get(section));
            for (String name : names) {
                values.put(name, scenarioValues.get(name));
                NumberField f = fields.get(name);
                if (f != null) {
                    f.setValue(scenarioValues.get(name));
                }
            }
        } finally {
            loading = false;
        }
        changed();
    }

    /** Sentences for each refused field, empty when all are valid. */
    List<String> problems() {
        return new ArrayList<>(problems.values());
    }

    /** The person's changes against the scenario, validated through ParameterSet.with. Call when problems() is empty. */
    private ParameterSet overrides() {
        ParameterSet s = ParameterSet.defaults();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Double v = e.getValue();
            if (v != null && !v.equals(scenarioValues.get(e.getKey()))) {
                s = s.with(e.getKey(), v);
            }
        }
        return s;
    }

    /** Current value of a parameter as shown (null when the field is empty). */
    Double value(String name) {
        return values.get(name);
    }

    /** Every field is valid after a person's edit: the changes against the scenario. */
    static final class ChangeEvent extends ComponentEvent<ParameterPanel> {
        private final ParameterSet overrides;

        ChangeEvent(ParameterPanel source, ParameterSet overrides) {
            super(source, false);
            this.overrides = overrides;
        }

        ParameterSet overrides() {
            return overrides;
        }
    }

    /** The person ticked (keep) or cleared the box that keeps their value of a parameter for the whole run. */
    static final class KeepEvent extends ComponentEvent<ParameterPanel> {
        private final String parameter;
        private final boolean keep;

        KeepEvent(ParameterPanel source, String parameter, boolean keep) {
            super(source, false);
            this.parameter = parameter;
            this.keep = keep;
        }

        String parameter() {
            return parameter;
        }

        boolean keep() {
            return keep;
        }
    }
}
