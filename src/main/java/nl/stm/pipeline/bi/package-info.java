/**
 * The BI feed: schema {@code bi}, a star schema of views over the model ({@code dim_*},
 * {@code fact_*}) and wide {@code v_*} views, defined by Flyway migrations (V7) for H2 and
 * PostgreSQL, with a comment on every view and column. BI tools read only this schema; the report
 * exports the same views as files. This package reads the schema's catalog.
 */
package nl.stm.pipeline.bi;
