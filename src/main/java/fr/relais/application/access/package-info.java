/**
 * Use cases of the access context: accounts, sign-in and sign-out, sessions, the current user and
 * the one access policy — {@link fr.relais.application.access.AccessPolicy}, which hands out one
 * small evaluator per area ({@code persons()}, {@code structures()}, {@code procedures()}, …), each
 * rule written there once as a {@code can…}/{@code require…} pair. Service interfaces and what they
 * take and give; implementations in {@code internal}.
 */
package fr.relais.application.access;
