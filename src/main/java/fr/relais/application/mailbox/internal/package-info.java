/** Default implementations of the mailbox services: transaction boundaries live here. */
package fr.relais.application.mailbox.internal;
