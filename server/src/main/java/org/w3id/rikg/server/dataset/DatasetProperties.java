package org.w3id.rikg.server.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the dataset description says about who publishes the data.
 *
 * @param publisherName the name of the publisher (DCAT-AP.de {@code dcterms:publisher}, a {@code foaf:Agent});
 *                      override with {@code RIKG_DATASET_PUBLISHERNAME}
 */
@ConfigurationProperties(prefix = "rikg.dataset")
public record DatasetProperties(String publisherName) {

    public static final String DEFAULT_PUBLISHER_NAME = "RIKG – Rural Integration Knowledge Graph";

    public DatasetProperties {
        if (publisherName == null || publisherName.isBlank()) {
            publisherName = DEFAULT_PUBLISHER_NAME;
        }
    }
}
