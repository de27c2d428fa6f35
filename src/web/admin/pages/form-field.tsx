/**
 * One labelled form control with its error beside it: every secretariat form shows what is wrong
 * next to the field at fault and keeps what the user typed. Problems come from an AgoraError's
 * `problems`, keyed by the field's name.
 */
import type { ComponentChildren } from 'preact';
import { AgoraError, type Problem } from '../../../errors.ts';

/** What was wrong with a form, by field name, plus the summary sentence. */
export interface FormErrors {
  message: string;
  fields: Record<string, string>;
}

export function formErrors(error: AgoraError): FormErrors {
  const fields: Record<string, string> = {};
  for (const problem of error.problems as Problem[]) fields[problem.where] ??= problem.message;
  return { message: error.message, fields };
}

interface FieldProps {
  /** The form's id prefix, so two forms on one page do not share ids. */
  form: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value?: string;
  error?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  hint?: string;
  children?: ComponentChildren;
}

/** A text-like input (or, given children, a select) with its label, hint and error. */
export function Field({ form, name, label, type = 'text', value, error, autocomplete, required, hint, children }: FieldProps) {
  const id = `${form}-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const invalid = error ? ('true' as const) : undefined;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children ? (
        <select id={id} name={name} aria-invalid={invalid} aria-describedby={described}>
          {children}
        </select>
      ) : type === 'password' ? (
        <input id={id} name={name} type="password" autocomplete={autocomplete} required={required} aria-invalid={invalid} aria-describedby={described} />
      ) : type === 'email' ? (
        <input id={id} name={name} type="email" value={value} autocomplete={autocomplete} required={required} aria-invalid={invalid} aria-describedby={described} />
      ) : (
        <input id={id} name={name} type="text" value={value} autocomplete={autocomplete} required={required} aria-invalid={invalid} aria-describedby={described} />
      )}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The summary at the top of a refused form. */
export function FormSummary({ errors }: { errors: FormErrors | null }) {
  if (!errors) return null;
  return (
    <div class="form-errors" role="alert">
      <p>{errors.message}</p>
    </div>
  );
}
