import type { AppLocale } from "@/i18n/routing";

type SearchBoxProps = {
  locale: AppLocale;
  /** Visible label text (or visually hidden when `isLabelHidden`). */
  label: string;
  buttonText: string;
  hint?: string;
  /** Pre-filled query, e.g. on the results page. */
  defaultValue?: string;
  /** Ids must be unique on a page that shows more than one search box. */
  id: string;
  isLabelHidden?: boolean;
  size?: "compact" | "large";
};

/**
 * A plain GET form to `/{locale}/search?q=…`: works without JavaScript, and the result URL can be
 * bookmarked and shared.
 */
export function SearchBox({
  locale,
  label,
  buttonText,
  hint,
  defaultValue,
  id,
  isLabelHidden = false,
  size = "compact",
}: SearchBoxProps) {
  const inputId = `${id}-q`;
  const hintId = hint ? `${id}-hint` : undefined;
  const isLarge = size === "large";

  return (
    <form action={`/${locale}/search`} method="get" role="search" className="w-full">
      <label
        htmlFor={inputId}
        className={
          isLabelHidden ? "sr-only" : `mb-1 block font-bold ${isLarge ? "text-lg sm:text-xl" : ""}`
        }
      >
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mb-2 text-ink-secondary">
          {hint}
        </p>
      ) : null}
      <div className="flex w-full items-stretch">
        <input
          id={inputId}
          name="q"
          type="search"
          defaultValue={defaultValue}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          dir="auto"
          className={`input-text min-w-0 flex-1 ${isLarge ? "min-h-12 text-lg" : ""}`}
        />
        <button
          type="submit"
          className={`button-primary shrink-0 shadow-none ${isLarge ? "min-h-12 px-5 text-lg" : ""}`}
        >
          {buttonText}
        </button>
      </div>
    </form>
  );
}
