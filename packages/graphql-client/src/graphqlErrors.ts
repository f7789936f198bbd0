import { CombinedGraphQLErrors } from '@apollo/client';
import { SessionError } from './session/sessionApi';

/** A role taken away while the page was open: the API's word, shown as the 403 page. */
export function isForbidden(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'FORBIDDEN');
}

/**
 * The API writes its messages in both languages, "Tiếng Việt. / English.": show the half the user
 * reads. A message without the separator is shown whole.
 */
export function messageInLanguage(message: string, language: string | undefined): string {
  const halves = message.split(' / ');
  if (halves.length !== 2) return message;
  return (language === 'en' ? halves[1] : halves[0])!.trim();
}

interface ApiError {
  message: string;
  extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The API's errors in a failed request: an Apollo mutation's, or the one a session request (sign-in,
 * sign-up) refused with. Null when no answer came back (offline, the server down).
 */
function apiErrorsOf(error: unknown): readonly ApiError[] | null {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (error instanceof SessionError && error.isRefusal) return [error];
  return null;
}

export interface MutationFailure {
  /** Messages for the form fields the API named in `extensions.field`. */
  fieldErrors: Record<string, string>;
  /** What no field can show: a refusal without a field, or a network failure. */
  formError: string | null;
}

/**
 * Sorts a failed mutation's errors into the form: typed errors (BAD_USER_INPUT, CONFLICT…) that
 * name one of the form's fields go beside that field; the rest go in one alert above the buttons.
 */
export function readMutationFailure(
  error: unknown,
  options: {
    language: string | undefined;
    fallback: string;
    /** The form's fields, or where an API field goes in the form (null where it has no input). */
    formFields: readonly string[] | ((field: string) => string | null);
  },
): MutationFailure {
  const { language, fallback, formFields } = options;
  const place =
    typeof formFields === 'function' ? formFields : (field: string) => (formFields.includes(field) ? field : null);
  const fieldErrors: Record<string, string> = {};
  const errors = apiErrorsOf(error);
  if (!errors) return { fieldErrors, formError: fallback };
  const unplaced: string[] = [];
  for (const item of errors) {
    const field = item.extensions?.field;
    const message = messageInLanguage(item.message, language);
    // A field the form does not show (an id it sends for the user) would hide the message.
    const path = typeof field === 'string' ? place(field) : null;
    if (path) fieldErrors[path] = message;
    else unplaced.push(message);
  }
  return { fieldErrors, formError: unplaced.length > 0 ? unplaced.join(' ') : null };
}

/** What a Mantine form offers for showing errors; kept minimal so this module needs no form types. */
interface FormWithErrors {
  values: object;
  setErrors(errors: Record<string, string>): void;
}

/** The catch block every form shares: field errors beside their fields, the rest in the alert. */
export function showMutationFailure(
  form: FormWithErrors,
  error: unknown,
  options: { language: string | undefined; fallback: string; setFormError(message: string | null): void },
): void {
  const failure = readMutationFailure(error, {
    language: options.language,
    fallback: options.fallback,
    formFields: Object.keys(form.values),
  });
  form.setErrors(failure.fieldErrors);
  options.setFormError(failure.formError);
}

/** One fault of a refused publication, as the API lists it in `extensions.faults`. */
export interface ApiFault {
  field: string;
  message: string;
}

/**
 * Every fault a refused publication lists (`extensions.faults`, paths such as `documents[2].name`),
 * in the user's language; empty when the error is of another kind.
 */
export function readFaults(error: unknown, language: string | undefined): ApiFault[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((item) => {
    const faults = item.extensions?.faults;
    if (!Array.isArray(faults)) return [];
    return faults
      .filter((fault): fault is ApiFault => typeof fault?.field === 'string' && typeof fault?.message === 'string')
      .map((fault) => ({ field: fault.field, message: messageInLanguage(fault.message, language) }));
  });
}
