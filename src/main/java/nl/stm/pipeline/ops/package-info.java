/**
 * Operating the pipeline: the command line (commands, exit codes, one-line errors) and, later, the
 * schedule.
 */
package nl.stm.pipeline.ops;
