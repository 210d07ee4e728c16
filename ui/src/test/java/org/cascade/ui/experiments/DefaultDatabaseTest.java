package org.cascade.ui.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The app's own default database (the tests run on an in-memory one) opens from a fresh checkout: H2 refuses a file
 * path that is implicitly relative to the working directory, which once stopped `./cascade start` on a clean clone.
 */
class DefaultDatabaseTest {
    @Test
    void theDefaultUrlOpensAnH2FileUnderTheWorkingDirectory(@TempDir Path workDir) throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("cwd", Map.of("user.dir", workDir.toString())));
        new PropertiesPropertySourceLoader().load("app", new ClassPathResource("application.properties"))
            .forEach(env.getPropertySources()::addLast);
        String url = env.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:" + workDir);
        try (Connection c = DriverManager.getConnection(url, env.getProperty("spring.datasource.username"), "")) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(Files.exists(workDir.resolve("data/cascade.mv.db"))).isTrue();
    }
}
