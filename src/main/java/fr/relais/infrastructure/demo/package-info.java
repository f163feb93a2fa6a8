/** Start-up data: the bootstrap platform operator and, on demand, demonstration data. */
package fr.relais.infrastructure.demo;
