import type { AppLocale } from "@/i18n/routing";
import { SearchSuggestions, type SuggestionLabels } from "@/components/search/search-suggestions";

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
  /** Search state to keep when a new query is submitted (filters and sort on the results page). */
  hiddenFields?: [name: string, value: string][];
  /** Shown under the label, e.g. "Enter no more than 100 characters". */
  errorText?: string;
  /**
   * Suggestions as you type (getSuggestionLabels on the server). Left out, e.g. where a client
   * component renders the box, the input stays a plain search field.
   */
  suggestions?: SuggestionLabels;
};

/**
 * A plain GET form to `/{locale}/search?q=…`: works without JavaScript, and the result URL can be
 * bookmarked and shared. Given `suggestions`, once JavaScript has loaded the input also suggests
 * companies as you type (components/search/search-suggestions.tsx). Renders on the server and
 * inside client components alike.
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
  hiddenFields = [],
  errorText,
  suggestions,
}: SearchBoxProps) {
  const inputId = `${id}-q`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errorText ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
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
      {errorText ? (
        <p id={errorId} className="mb-2 font-bold text-error">
          {errorText}
        </p>
      ) : null}
      {hiddenFields.map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div className="relative flex w-full items-stretch">
        <SearchSuggestions
          locale={locale}
          input={{
            id: inputId,
            name: "q",
            defaultValue,
            describedBy,
            className: `input-text min-w-0 flex-1 ${isLarge ? "min-h-12 text-lg" : ""} ${errorText ? "border-error" : ""}`,
          }}
          labels={suggestions}
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
