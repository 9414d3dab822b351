/**
 * The programme's action model (programme, actielijn, actie, budget lines, totals, provenance) and
 * its data access. The schema is owned by the Flyway migrations in {@code db/migration} and is the
 * contract BI tools read; access is plain JDBC, no JPA.
 */
package nl.stm.pipeline.model;
