import { ApiError } from '../../api/http';

/** `errors[].field` of a 400 by field name, for React Aria's Form. */
export function problemFields(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) {
    return {};
  }
  const fields: Record<string, string> = {};
  for (const entry of error.problem?.errors ?? []) {
    const field = entry.field ?? entry.name;
    if (field !== undefined) {
      const name = field.replace(/\[.*$/, '');
      const message = entry.message ?? entry.detail ?? 'is invalid';
      const said = field === name ? message : `${field} ${message}`;
      fields[name] = fields[name] === undefined ? said : `${fields[name]}; ${said}`;
    }
  }
  return fields;
}
