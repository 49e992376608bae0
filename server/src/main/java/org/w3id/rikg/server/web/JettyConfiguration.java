package org.w3id.rikg.server.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jetty settings that Spring Boot has no property for: a deadline for a new connection's first request
 * headers, so that clients that send their headers a byte at a time (slowloris) cannot hold connections
 * and threads. A connection that has not delivered a complete request head within
 * {@code rikg.http.request-header-timeout} (default 10 s) is closed. Between requests of a kept-alive
 * connection Jetty's idle timeout ({@code server.jetty.connection-idle-timeout}) applies.
 */
@Configuration(proxyBeanMethods = false)
public class JettyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JettyConfiguration.class);

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> requestHeaderDeadline(
            @Value("${rikg.http.request-header-timeout:10s}") Duration timeout) {
        return factory -> factory.addServerCustomizers(server -> install(server, timeout));
    }

    static void install(Server server, Duration timeout) {
        for (Connector connector : server.getConnectors()) {
            connector.addEventListener(new HeaderDeadline(connector.getScheduler(), timeout));
        }
    }

    /** Closes a connection whose first request head has not arrived in time. */
    static final class HeaderDeadline implements Connection.Listener {
        private final Scheduler scheduler;
        private final Duration timeout;

        HeaderDeadline(Scheduler scheduler, Duration timeout) {
            this.scheduler = scheduler;
            this.timeout = timeout;
        }

        @Override
        public void onOpened(Connection connection) {
            if (connection instanceof HttpConnection http) {
                scheduler.schedule(() -> {
                    if (http.getMessagesIn() == 0 && http.getEndPoint().isOpen()) {
                        log.debug("Closing {}: no complete request head within {}", http.getEndPoint().getRemoteSocketAddress(), timeout);
                        http.getEndPoint().close();
                    }
                }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }
}
