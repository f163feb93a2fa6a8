/**
 * Start-up data: the bootstrap platform operator and, on demand, demonstration data. {@code
 * StartupData} is the one entry point (at deployment); the demonstration data is made by one
 * package-private seeder per part, in its transaction: {@code DemoMembers}, {@code DemoStructures},
 * {@code DemoPeople}, {@code DemoMandates}, {@code DemoProcedures}, {@code DemoMadameB}, {@code
 * DemoMailbox}.
 */
package fr.relais.infrastructure.demo;
