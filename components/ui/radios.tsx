import { FieldMessages, describedByOf } from "./form-field";

export type RadioOption = { value: string; label: React.ReactNode };

type RadiosProps = {
  /** The first radio's id: the error summary links here. */
  id: string;
  name: string;
  legend: React.ReactNode;
  /** Legend as the page's question (large) or as a field label (bold). */
  isPageQuestion?: boolean;
  hint?: React.ReactNode;
  error?: React.ReactNode;
  options: RadioOption[];
  value: string | undefined;
  isInline?: boolean;
};

/**
 * GOV.UK radios: a fieldset whose legend asks the question, an optional hint and error, then one
 * large radio per option. The first input carries `id`, so the error summary can focus it.
 */
export function Radios({ id, name, legend, isPageQuestion = false, hint, error, options, value, isInline = false }: RadiosProps) {
  return (
    <fieldset aria-describedby={describedByOf({ id, hint, error })} className={error ? "border-s-4 border-error ps-4" : ""}>
      <legend className={isPageQuestion ? "mb-2 text-xl font-bold" : "mb-1 font-bold"}>{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className={isInline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}>
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${index}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={inputId}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={value === option.value}
                className="size-6 shrink-0 accent-ink"
              />
              <label htmlFor={inputId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
