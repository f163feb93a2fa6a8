/**
 * Page beans of the person context (people and their files): request- or view-scoped, they only
 * call application services.
 */
package fr.relais.interfaces.faces.person;
