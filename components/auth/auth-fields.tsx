import { FormField } from "@/components/ui/form-field";

type TextFieldProps = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: React.ReactNode;
  defaultValue?: string;
  type?: "text" | "password" | "tel";
  autoComplete: string;
  /** Codes and numbers read left to right on Uyghur pages too. */
  isLtr?: boolean;
  /** Characters wide, roughly (GOV.UK fixed-width inputs); the field never overflows a phone. */
  width?: "code" | "medium" | "full";
  inputMode?: "text" | "numeric" | "tel";
};

const WIDTHS = { code: "max-w-[24rem]", medium: "max-w-[20rem]", full: "max-w-xl" } as const;

/** One labelled text input of the sign-in forms (id = name, so the error summary links to it). */
export function TextField({ name, label, hint, error, defaultValue, type = "text", autoComplete, isLtr = false, width = "full", inputMode }: TextFieldProps) {
  return (
    <FormField id={name} label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          defaultValue={type === "password" ? undefined : defaultValue}
          autoComplete={autoComplete}
          spellCheck={false}
          dir={isLtr ? "ltr" : undefined}
          inputMode={inputMode}
          autoCapitalize={isLtr ? "characters" : undefined}
          className={`input-text ${WIDTHS[width]} ${isLtr ? "font-mono tracking-wide text-start" : ""}`}
        />
      )}
    </FormField>
  );
}
