package org.w3id.rikg.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every page text exists in German and English, and none is empty: translations cannot drift. */
class MessagesInSyncTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesInSyncTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() throws IOException {
        Properties german = load("messages.properties");
        Properties english = load("messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(german.stringPropertyNames());
        german.forEach((k, v) -> assertThat(v.toString()).as(k + " (de)").isNotBlank());
        english.forEach((k, v) -> assertThat(v.toString()).as(k + " (en)").isNotBlank());
    }
}
