package org.cascade.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MODEL.md as the explorer shows it: CommonMark, no generator comments, no build commands, a contents list. */
class ModelDocRenderingTest {
    private static final String MD = """
        # CASCADE model

        Raw HTML is shown as text: <b>escaped</b> <script>alert(1)</script>

        Some *text* with **bold**, `code` and a [link](https://example.org). Regenerate them with
        `mvn -B -q -o -pl simulation compile` and then
        `java -cp x org.cascade.doc.DocTables simulation/MODEL.md`. This sentence stays.

        ## Entities

        Measured with 200 replicates (`./cascade cli run --replicates 200`), the band. `./cascade cli params` shows both.

        | name | value |
        |------|------:|
        | a \\| b | 1 |

        <!-- BEGIN GENERATED: parameters -->
        | Name | Default |
        |---|---|
        | `trade.elasticity` | 5 |
        <!-- END GENERATED: parameters -->

        ### 7.1 Events (`EventProcess`)

        Data from `simulation/data/regional-data.md` and regional-data.md section 7.

        <!-- BEGIN GENERATED: uncertainty -->
        | Scenario | band |
        |---|---|
        | baseline | 0.1 |
        <!-- END GENERATED: uncertainty -->
        """;

    @Test
    void rendersTablesAnchorsAndEscapesHtml() {
        ModelDoc.Rendered r = ModelDoc.render(MD);
        String html = html(r);
        assertThat(html).contains("<h1 id=\"cascade-model\">CASCADE model</h1>")
            .contains("<em>text</em>").contains("<strong>bold</strong>").contains("href=\"https://example.org\">link</a>")
            .contains("&lt;b&gt;escaped&lt;/b&gt;").doesNotContain("<script")
            .contains("<h2 id=\"entities\">Entities</h2>")
            .contains("<td>a | b</td>").contains("<th align=\"right\">value</th>")
            .contains("<td>baseline</td>");
    }

    @Test
    void dropsGeneratorCommentsAndBuildCommands() {
        String html = html(ModelDoc.render(MD));
        assertThat(html).doesNotContain("GENERATED").doesNotContain("&lt;!--").doesNotContain("mvn ")
            .doesNotContain("./cascade").doesNotContain("java -cp").doesNotContain("Regenerate")
            .contains("This sentence stays.").contains("Measured with 200 replicates, the band.");
    }

    @Test
    void theParameterTableBecomesASlotAndTheContentsListTheHeadings() {
        ModelDoc.Rendered r = ModelDoc.render(MD);
        assertThat(r.chunks().stream().filter(ModelDoc.Chunk::isSlot).map(ModelDoc.Chunk::slot)).containsExactly("parameters");
        assertThat(html(r)).doesNotContain("trade.elasticity");
        assertThat(r.toc()).extracting(ModelDoc.TocEntry::text)
            .containsExactly("CASCADE model", "Entities", "7.1 Events (EventProcess)");
        assertThat(r.toc().get(2).id()).isEqualTo("71-events-eventprocess");
    }

    @Test
    void citationsOfTheDataFileLinkToItsPage() {
        String html = html(ModelDoc.render(MD));
        assertThat(html).containsPattern("<a [^>]*href=\"model/data\"[^>]*><code>simulation/data/regional-data.md</code></a>")
            .containsPattern("<a [^>]*href=\"model/data\"[^>]*>regional-data.md</a> section 7");
    }

    @Test
    void theRealModelDocumentationIsCleanAndCitesAShippedFile() {
        String md = ModelView.readDoc();
        assertThat(md).as("MODEL.md on the classpath").isNotNull();
        ModelDoc.Rendered r = ModelDoc.render(md);
        String html = html(r);
        assertThat(html).doesNotContain("GENERATED").doesNotContain("&lt;!--").doesNotContain("mvn ")
            .doesNotContain("./cascade").doesNotContain("java -cp").doesNotContain("shared/reference");
        assertThat(r.chunks().stream().filter(ModelDoc.Chunk::isSlot).map(ModelDoc.Chunk::slot))
            .containsExactly("parameters", "calibration");
        assertThat(r.toc().size()).isGreaterThan(20);
        assertThat(html).contains("href=\"model/data\"");
        assertThat(ModelView.read(ModelView.DATA)).as("the cited data file ships in the jar").contains("## 1. GDP");
    }

    private static String html(ModelDoc.Rendered r) {
        StringBuilder b = new StringBuilder();
        for (ModelDoc.Chunk c : r.chunks()) {
            b.append(c.isSlot() ? "[" + c.slot() + "]" : c.html());
        }
        return b.toString();
    }

    @Test
    void aSearchMatchesEveryWordInNameMeaningGroupOrSource() {
        var p = org.cascade.params.ParameterRegistry.get().all().stream()
            .filter(x -> x.name().equals("trade.elasticity")).findFirst().orElseThrow();
        assertThat(ModelView.matches(p, new String[] {"trade", "elasticity"})).isTrue();
        assertThat(ModelView.matches(p, new String[] {"trade", "zzz"})).isFalse();
        assertThat(List.of(ModelView.matches(p, new String[0]))).containsExactly(true);
    }
}
