import { ApiError, describeError } from './api';

/** The parts of a Zod issue the messages below need; Zod's own issues fit this shape. */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

interface ValidationSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** Form errors keyed by dot path, the shape both Mantine forms and the server's `details` use. */
export type FieldErrors = Record<string, string>;

// Zod's default messages are written for developers; people filling in a form get these.
function friendlyMessage(issue: SchemaIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'This field is required';
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? 'This field is required'
        : `Use at least ${issue.minimum} characters`;
    case 'too_big':
      return `Use at most ${issue.maximum} characters`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Enter an e-mail address, like name@example.com' : issue.message;
    default:
      return issue.message;
  }
}

function isBlank(value: unknown, path: PropertyKey[]): boolean {
  let field: unknown = value;
  for (const key of path) {
    field =
      typeof field === 'object' && field !== null ? (field as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return field === undefined || field === null || (typeof field === 'string' && field.trim() === '');
}

/** Messages for fields left empty, keyed by path, e.g. `{ clinicName: "Enter the clinic's name" }`. */
type BlankMessages = Record<string, string>;

/**
 * Validates `value` with a contracts schema and returns the first problem per field. An empty
 * field gets its message from `blank`, since "Use at least 2 characters" reads oddly for nothing.
 */
export function schemaErrors(
  schema: ValidationSchema,
  value: unknown,
  blank: BlankMessages = {},
): FieldErrors {
  const result = schema.safeParse(value);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    const message = isBlank(value, issue.path)
      ? (blank[path] ?? 'This field is required')
      : friendlyMessage(issue);
    errors[path] ??= message;
  }
  return errors;
}

export interface FormFailure {
  /** Messages to show beside the form's own fields. */
  fieldErrors: FieldErrors;
  /** A message for the whole form, or null when every problem sits beside a field. */
  formMessage: string | null;
}

/** The form field a server path belongs to: itself, or the field holding it (`concerns.0` → `concerns`). */
function fieldHolding(path: string, fields: readonly string[]): string | undefined {
  if (fields.includes(path)) return path;
  return fields.find((field) => path.startsWith(`${field}.`));
}

/** Sorts a refused submission into per-field messages and one message for the form. */
export function formFailure(error: unknown, fields: readonly string[]): FormFailure {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') {
    return { fieldErrors: {}, formMessage: describeError(error) };
  }
  const fieldErrors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const issue of error.fieldIssues) {
    const field = fieldHolding(issue.path, fields);
    if (field === undefined) unplaced.push(issue.message);
    else fieldErrors[field] ??= issue.message;
  }
  const placedAny = Object.keys(fieldErrors).length > 0;
  if (unplaced.length === 0 && placedAny) return { fieldErrors, formMessage: null };
  return { fieldErrors, formMessage: [error.message, ...unplaced].join(' ') };
}
