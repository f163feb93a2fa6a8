/**
 * Use cases of the access context: accounts, sign-in and sign-out, sessions, the current user and
 * the one access policy. Service interfaces and what they take and give; implementations in {@code
 * internal}.
 */
package fr.relais.application.access;
