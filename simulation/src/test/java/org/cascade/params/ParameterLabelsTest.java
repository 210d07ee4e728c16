package org.cascade.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParameterLabelsTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void everyParameterHasALabelAndAnExplanationInEnglishAndRussian() {
        for (Locale l : new Locale[] {Locale.ENGLISH, RU}) {
            ParameterLabels labels = ParameterLabels.of(l);
            Set<String> seen = new HashSet<>();
            for (Parameter p : ParameterRegistry.get().all()) {
                assertThat(labels.has(p.name())).as(l + " " + p.name()).isTrue();
                String label = labels.label(p.name());
                assertThat(label).as(l + " label of " + p.name()).isNotBlank().isNotEqualTo(p.name())
                    .doesNotContain("_");
                assertThat(labels.explanation(p.name())).as(l + " explanation of " + p.name()).isNotBlank()
                    .isNotEqualTo(label);
                assertThat(seen.add(label)).as(l + " label '" + label + "' used twice").isTrue();
            }
        }
    }

    @Test
    void russianIsRussianAndOtherLanguagesReadEnglish() {
        String name = "trade.elasticity";
        assertThat(ParameterLabels.of(RU).label(name)).isNotEqualTo(ParameterLabels.of(Locale.ENGLISH).label(name))
            .containsPattern("\\p{IsCyrillic}");
        assertThat(ParameterLabels.of(Locale.forLanguageTag("kk")).label(name))
            .isEqualTo(ParameterLabels.of(Locale.ENGLISH).label(name));
        assertThat(ParameterLabels.of(Locale.ENGLISH).label("no.such.parameter")).isEqualTo("no.such.parameter");
        assertThat(ParameterLabels.of(Locale.ENGLISH).explanation("no.such.parameter")).isEmpty();
    }
}
