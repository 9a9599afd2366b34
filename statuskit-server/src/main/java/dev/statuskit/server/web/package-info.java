/**
 * The web UI of {@code statuskit serve} and {@code statuskit ui}: a few static files (HTML, CSS and
 * plain JavaScript, served from the jar, nothing from anywhere else) and a JSON API under {@code
 * /ui/api/} over the same engines as the command line: the registry's search and entries, the rule
 * catalogue, the request tester and the stats engine.
 *
 * <p>{@link dev.statuskit.server.web.WebUi} is the front door; it has no network code of its own
 * and answers {@link dev.statuskit.server.web.WebRequest}s, so the mock server mounts it on its own
 * port. The tester reaches loopback addresses only unless allowed otherwise, and its API refuses
 * requests that another site could make a browser send.
 */
package dev.statuskit.server.web;
