/** What a field's control needs to be tied to its label, hint and error. */
export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

type FieldMessagesProps = { id: string; hint?: React.ReactNode; error?: React.ReactNode };

/** The ids of a field's hint and error, for the aria-describedby of its control or fieldset. */
export function describedByOf({ id, hint, error }: FieldMessagesProps): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint, then its error (GOV.UK order), with the ids describedByOf names. */
export function FieldMessages({ id, hint, error }: FieldMessagesProps) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-ink-secondary">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-bold text-error">
          {error}
        </p>
      ) : null}
    </>
  );
}

type FormFieldProps = {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  /** The problem with the value given, as the error summary words it; marks the field. */
  error?: React.ReactNode;
  /** The control (input, textarea, select), given the attributes that tie it to the rest. */
  children: (control: FieldControlProps) => React.ReactNode;
};

/**
 * A form field in the GOV.UK pattern: label, hint, the error next to the field (red bar along
 * the start edge), then the control, described by the hint and the error.
 */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const describedBy = describedByOf({ id, hint, error });
  return (
    <div className={error ? "border-s-4 border-error ps-4" : ""}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({ id, ...(describedBy ? { "aria-describedby": describedBy } : {}), ...(error ? { "aria-invalid": true } : {}) })}
    </div>
  );
}
