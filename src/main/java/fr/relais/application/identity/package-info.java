/**
 * Use cases of the identity context: identity verification, the phone protocol, the gate of
 * sensitive operations, the secure email change, her accounts at the administration and takeover
 * claims. Service interfaces and what they take and give; implementations in {@code internal}.
 */
package fr.relais.application.identity;
