package org.cascade.ui;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the CASCADE web explorer (Spring Boot + Vaadin, production mode with the pre-compiled bundle). */
@SpringBootApplication
public class CascadeUiApplication {
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        SpringApplication.run(CascadeUiApplication.class, args);
    }
}
