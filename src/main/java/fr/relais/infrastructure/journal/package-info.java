/**
 * The journal's background work and its anchors outside the database: the schedule of the sealer
 * and of this node's checkpoints, and the places checkpoints are written to and read from.
 */
package fr.relais.infrastructure.journal;
