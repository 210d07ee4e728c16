package org.cascade.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void convertsTheBlocksMODELmdUses() {
        String md = """
            # CASCADE model
            Some *text* with **bold**, `code` and a [link](https://example.org).
            continued line <b>escaped</b>

            ## Entities
            - one
            - two
              continued

            1. first
            2. second

            | name | value |
            |------|------:|
            | a \\| b | 1 |

            ```
            x < y
            ```
            """;
        String html = Markdown.toHtml(md);
        assertThat(html).contains("<h1 id=\"cascade-model\">CASCADE model</h1>")
            .contains("<p>Some <em>text</em> with <strong>bold</strong>, <code>code</code> and a "
                + "<a href=\"https://example.org\">link</a>. continued line &lt;b&gt;escaped&lt;/b&gt;</p>")
            .contains("<h2 id=\"entities\">Entities</h2>")
            .contains("<ul>\n<li>one</li>\n<li>two continued</li>\n</ul>")
            .contains("<ol>\n<li>first</li>\n<li>second</li>\n</ol>")
            .contains("<thead><tr><th>name</th><th>value</th></tr></thead>")
            .contains("<tr><td>a | b</td><td>1</td></tr>")
            .contains("<pre><code>x &lt; y\n</code></pre>");
    }

    @Test
    void theModelDocumentationRendersWhenBundled() {
        String md = ModelView.readDoc();
        if (md != null) {
            assertThat(Markdown.toHtml(md)).contains("<h1").doesNotContain("<script");
        }
    }
}
