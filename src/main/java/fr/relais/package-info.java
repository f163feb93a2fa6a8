/**
 * Relais: the portal through which accredited social support structures act for the people they
 * accompany. Four layers, one package each: {@code domain} (the model and its repository
 * interfaces), {@code application} (use cases, transactions, authorization and journaling), {@code
 * infrastructure} (JPA, OpenID Connect, clock, configuration) and {@code interfaces} (web pages,
 * REST resources, command-line tools).
 */
package fr.relais;
