/** Health checks (MicroProfile Health) reporting liveness and database readiness. */
package fr.relais.infrastructure.config;
