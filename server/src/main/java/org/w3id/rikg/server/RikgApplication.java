package org.w3id.rikg.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RikgApplication {
    public static void main(String[] args) {
        SpringApplication.run(RikgApplication.class, args);
    }
}
