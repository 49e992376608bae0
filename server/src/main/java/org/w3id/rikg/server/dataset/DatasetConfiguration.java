package org.w3id.rikg.server.dataset;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatasetProperties.class)
class DatasetConfiguration {
}
