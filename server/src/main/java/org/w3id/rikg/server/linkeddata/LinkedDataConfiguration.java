package org.w3id.rikg.server.linkeddata;

import org.w3id.rikg.server.web.LinkedDataProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkedDataProperties.class)
class LinkedDataConfiguration {
}
