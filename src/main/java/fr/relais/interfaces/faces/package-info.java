/**
 * Backing beans of the PrimeFaces pages. Request- or view-scoped, they only call application
 * services and hold nothing but view state. An id in a page's address is read once, typed, by
 * {@link fr.relais.interfaces.faces.IdConverters}. An object a page cannot show, and an id that
 * names nothing, end in the 404 page through Faces' exception handler ({@link
 * fr.relais.interfaces.faces.NotFoundExceptionHandlerFactory}).
 */
package fr.relais.interfaces.faces;
