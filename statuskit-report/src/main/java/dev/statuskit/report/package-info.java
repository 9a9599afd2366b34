/**
 * Renders the result of an audit: text for the terminal, statuskit's JSON, SARIF 2.1.0, JUnit XML
 * and Markdown for a pull-request comment. Start at {@link dev.statuskit.report.Reports}.
 */
package dev.statuskit.report;
