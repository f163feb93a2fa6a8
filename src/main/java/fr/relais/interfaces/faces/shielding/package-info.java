/**
 * Page beans of the shielding context (shielding): request- or view-scoped, they only call
 * application services.
 */
package fr.relais.interfaces.faces.shielding;
