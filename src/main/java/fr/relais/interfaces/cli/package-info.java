/** Command-line tools run beside the server, such as the journal verification. */
package fr.relais.interfaces.cli;
