package org.zhongben.portal.common.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/**
 * The portal's clock: court time (China Standard Time by default). Code asks the injected {@link Clock} for "now"
 * and "today", never the system, so tests can fix time.
 */
@ApplicationScoped
public class TimeConfig {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(@ConfigProperty(name = "portal.time-zone") ZoneId zone) {
        return Clock.system(zone);
    }
}
