/**
 * Documents added to a person's file (F2, S60): typed, kept by versions that never replace each
 * other, classified when they are evidence of violence, a protection order, a complaint or a
 * medical certificate — and then sealed, like every document of a protected person. The content is
 * kept apart from the description, so that a list never reads a file.
 */
package fr.relais.domain.model.document;
