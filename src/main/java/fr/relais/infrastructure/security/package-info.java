/** Key material held outside the database (the journal's chain key). */
package fr.relais.infrastructure.security;
