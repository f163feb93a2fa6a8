/**
 * Use cases of the file context: the documents and notes of a person's file and the file as one
 * PDF. Service interfaces and what they take and give; implementations in {@code internal}.
 */
package fr.relais.application.file;
