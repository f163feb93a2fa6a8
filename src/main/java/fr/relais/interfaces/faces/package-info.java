/**
 * Backing beans of the PrimeFaces pages. Request- or view-scoped, they only call application
 * services and hold nothing but view state. An object a page cannot show ends in the 404 page
 * through Faces' exception handler ({@link
 * fr.relais.interfaces.faces.NotFoundExceptionHandlerFactory}).
 */
package fr.relais.interfaces.faces;
