/**
 * Tests of the code's shape: the layers and seams docs/architecture.md describes, checked on the
 * compiled classes with ArchUnit.
 */
package fr.relais.architecture;
