package org.zhongben.portal.registry;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Hands Flyway the register's Java migrations explicitly: Flyway 12's class scanning does not reach application
 * classes inside Quarkus, and an explicit list is clearer anyway.
 */
@Singleton
class RegistryMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.javaMigrations(new V202612100901__RegistrySoundKeys());
    }
}
