/**
 * The controls the request forms share beyond {@link Field}: a textarea, a date or time input and
 * a set of checkboxes or radio buttons, each labelled and with its error beside it.
 */
import type { ComponentChildren } from 'preact';

interface InputBase {
  /** The control's id. */
  id: string;
  name: string;
  error?: string | undefined;
}

function describedBy(id: string, error: string | undefined, hint: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** A control with its label above it, its hint and its error; `children` is the control, given `describedBy`. */
function Labelled({ id, label, hint, error, children }: { id: string; label: string; hint: string | undefined; error: string | undefined; children: (describedBy: string | undefined) => ComponentChildren }) {
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children(describedBy(id, error, Boolean(hint)))}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A labelled textarea. */
export function TextArea({ id, name, label, value, error, hint, rows = 3 }: InputBase & { label: string; value: string; hint?: string; rows?: number }) {
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <textarea id={id} name={name} rows={rows} aria-invalid={error ? 'true' : undefined} aria-describedby={described}>
          {value}
        </textarea>
      )}
    </Labelled>
  );
}

/** A labelled date, time or date-and-time input; the browser offers its picker, and plain text works too. */
export function TypedInput({
  id,
  name,
  label,
  value,
  error,
  type,
  min,
  max,
  hint,
}: InputBase & { label: string; value: string; type: 'date' | 'time' | 'datetime-local'; min?: string | undefined; max?: string | undefined; hint?: string }) {
  return (
    <Labelled id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <input id={id} name={name} type={type} value={value} {...(min ? { min } : {})} {...(max ? { max } : {})} aria-invalid={error ? 'true' : undefined} aria-describedby={described} />
      )}
    </Labelled>
  );
}

/** Checkboxes or radio buttons in a fieldset with its legend. */
export function Choices({
  id,
  name,
  legend,
  type,
  options,
  checked,
  error,
}: InputBase & { legend: string; type: 'checkbox' | 'radio'; options: readonly { value: string; label: ComponentChildren }[]; checked: readonly string[] }) {
  return (
    <fieldset class={error ? 'field choices field-invalid' : 'field choices'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <div class="request-option" key={option.value}>
          <input type={type} id={`${id}-${option.value}`} name={name} value={option.value} checked={checked.includes(option.value)} />
          <label for={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
