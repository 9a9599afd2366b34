/**
 * OpenAPI documents as a source for statuskit: lint how a spec documents status codes, and test a
 * live API against the spec.
 *
 * <ul>
 *   <li>{@link dev.statuskit.openapi.OpenApiLint}: the static check. Reads Swagger 2.0, OpenAPI 3.0
 *       and 3.1 (JSON or YAML, $refs to local files) and runs the SK5xx rules; each {@link
 *       dev.statuskit.openapi.SpecFinding} points at a JSON pointer and a line of the file.
 *   <li>{@link dev.statuskit.openapi.OpenApiConformance}: the dynamic check. Plans requests from
 *       the spec (valid ones from its examples and schemas, and negative variants), and judges the
 *       answers against what the spec documents (SK52x). Sending is the caller's job.
 * </ul>
 *
 * <p>Facts about status codes (headers that go with them, whether they carry content, whether they
 * are registered) come from {@link dev.statuskit.registry.StatusCodes}.
 */
package dev.statuskit.openapi;
