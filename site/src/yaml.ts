/**
 * The YAML the page writes (a plan, the column choices, the wordings): js-yaml's writer, as the
 * page reads YAML with js-yaml (issue 32: the `yaml` package was 98 KB of the page). Every
 * string that YAML could read as something else (a date, a number, yes/no) is quoted, long
 * texts are kept on one line, and an object met twice is written out twice, not as an alias.
 */
import { dump } from "js-yaml";

/** A value as a YAML document. */
export function toYaml(value: unknown): string {
  return dump(value, { lineWidth: -1, noRefs: true });
}
