/** Default implementations of the application services: transaction boundaries live here. */
package fr.relais.application.internal;
