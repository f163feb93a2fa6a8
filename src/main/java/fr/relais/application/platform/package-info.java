/**
 * Use cases of the platform context: the shared clock under test control and the support of
 * acceptance tests and benchmarks. Service interfaces and what they take and give; implementations
 * in {@code internal}.
 */
package fr.relais.application.platform;
