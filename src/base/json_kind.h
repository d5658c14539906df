/* json_kind.h - the name of a JSON value's kind, for error messages that
 * say what a reader found where it expected something else ("\"date\" is
 * an integer, expected a string"). Shared by every reader of JSON input. */
#ifndef SR_BASE_JSON_KIND_H
#define SR_BASE_JSON_KIND_H

#include <jansson.h>

/* "an object", "an array", "a string", "an integer", "a number",
 * "a boolean", "null"; a static string. */
const char *sr_json_kind(const json_t *v);

#endif
