/**
 * Use cases of the platform context: the shared clock under test control and the support of
 * acceptance tests and benchmarks. Service interfaces and what they take and give, and the port of
 * the benchmark's plain write ({@code TestSupportWrites}, implemented in infrastructure);
 * implementations in {@code internal}.
 */
package fr.relais.application.platform;
