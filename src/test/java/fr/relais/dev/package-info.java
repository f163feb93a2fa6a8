/** The development launcher behind the README's run command. */
package fr.relais.dev;
