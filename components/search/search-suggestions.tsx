"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Suggestion, TextSegment } from "@/lib/search/contract";

const DEBOUNCE_MS = 200;

/** The texts of the suggestions list (components/search/suggestion-labels.ts builds them). */
export type SuggestionLabels = {
  listLabel: string;
  /** What a screen reader hears when the list changes: index = number of suggestions. */
  announcements: string[];
};

type SearchSuggestionsProps = {
  locale: string;
  /** The text input's own attributes: rendered the same with and without JavaScript. */
  input: {
    id: string;
    name: string;
    defaultValue?: string;
    describedBy?: string;
    className: string;
  };
  /** Without labels (e.g. inside a client component) the input stays a plain search field. */
  labels?: SuggestionLabels;
};

function Marked({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.isMatch ? (
          <mark key={index} className="bg-[#fff2a8] px-px text-ink">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/**
 * Suggestions as you type (WAI-ARIA combobox with a listbox popup). The input is a plain search
 * field in the server-rendered GET form; once this has hydrated it becomes a combobox: typing
 * fetches /api/v1/search/suggest (debounced), ArrowDown/ArrowUp move through the list, Enter on
 * a suggestion opens that company, Escape closes the list. Enter without a chosen suggestion
 * submits the form as usual.
 */
export function SearchSuggestions({ locale, input, labels }: SearchSuggestionsProps) {
  const router = useRouter();
  const listboxId = `${input.id}-suggestions`;
  const [isEnhanced, setIsEnhanced] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const request = useRef<AbortController | null>(null);
  const lastQuery = useRef("");

  // Only a hydrated input is announced as a combobox: without JavaScript it is a plain field.
  useEffect(() => {
    if (labels) setIsEnhanced(true);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      request.current?.abort();
    };
  }, [labels]);

  const close = () => {
    setIsOpen(false);
    setActiveIndex(-1);
  };

  const fetchSuggestions = (q: string) => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    fetch(`/api/v1/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<{ suggestions: Suggestion[] }>) : { suggestions: [] }))
      .then(({ suggestions: found }) => {
        if (controller.signal.aborted || lastQuery.current !== q) return;
        const list = found.slice(0, Math.max(0, (labels?.announcements.length ?? 1) - 1));
        setSuggestions(list);
        setActiveIndex(-1);
        setIsOpen(list.length > 0);
        setAnnouncement(labels?.announcements[list.length] ?? "");
      })
      .catch(() => {
        // Suggestions are an extra: on failure the form still searches.
      });
  };

  const onInput = (value: string) => {
    const q = value.trim();
    lastQuery.current = q;
    if (timer.current) clearTimeout(timer.current);
    if (q.length < 1) {
      request.current?.abort();
      setSuggestions([]);
      close();
      return;
    }
    timer.current = setTimeout(() => fetchSuggestions(q), DEBOUNCE_MS);
  };

  const choose = (suggestion: Suggestion) => {
    close();
    router.push(`/${locale}/companies/${suggestion.uscc}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // an IME is composing Chinese: its keys are its own
    switch (event.key) {
      case "ArrowDown": {
        if (suggestions.length === 0) return;
        event.preventDefault();
        setIsOpen(true);
        setActiveIndex((index) => (index + 1) % suggestions.length);
        return;
      }
      case "ArrowUp": {
        if (suggestions.length === 0) return;
        event.preventDefault();
        setIsOpen(true);
        setActiveIndex((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
        return;
      }
      case "Enter": {
        if (!isOpen || activeIndex < 0 || !suggestions[activeIndex]) return; // submit the form
        event.preventDefault();
        choose(suggestions[activeIndex]);
        return;
      }
      case "Escape": {
        if (!isOpen) return;
        event.preventDefault();
        close();
        return;
      }
      default:
    }
  };

  const isExpanded = isEnhanced && isOpen && suggestions.length > 0;
  const activeId = isExpanded && activeIndex >= 0 ? `${listboxId}-${activeIndex}` : undefined;

  return (
    <>
      <input
        id={input.id}
        name={input.name}
        type="search"
        defaultValue={input.defaultValue}
        aria-describedby={input.describedBy}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        dir="auto"
        className={input.className}
        {...(isEnhanced
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": isExpanded,
              "aria-controls": listboxId,
              "aria-activedescendant": activeId,
              onChange: (event: React.ChangeEvent<HTMLInputElement>) => onInput(event.target.value),
              onKeyDown,
              onBlur: close,
              onFocus: () => {
                if (suggestions.length > 0 && lastQuery.current) setIsOpen(true);
              },
            }
          : {})}
      />
      {isEnhanced ? (
        <>
          <ul
            id={listboxId}
            role="listbox"
            aria-label={labels?.listLabel}
            hidden={!isExpanded}
            className="absolute start-0 end-0 top-full z-20 mt-0.5 max-h-96 overflow-y-auto border-2 border-ink bg-paper text-ink shadow-lg"
          >
            {suggestions.map((suggestion, index) => {
              const text = suggestion.highlights.map((segment) => segment.text).join("");
              const isUyghur = ARABIC_SCRIPT.test(text);
              const other = isUyghur ? suggestion.nameZh : suggestion.nameUg;
              return (
                <li
                  key={suggestion.uscc}
                  id={`${listboxId}-${index}`}
                  role="option"
                  aria-selected={index === activeIndex}
                  // Keep focus in the input: the click chooses without a blur closing the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                  onMouseMove={() => setActiveIndex(index)}
                  className={`cursor-pointer border-b border-rule px-3 py-2 last:border-b-0 ${index === activeIndex ? "bg-link text-white" : ""}`}
                >
                  <span className="block font-bold" lang={isUyghur ? "ug" : "zh-CN"} dir={isUyghur ? "rtl" : "ltr"}>
                    <Marked segments={suggestion.highlights.length > 0 ? suggestion.highlights : [{ text: suggestion.nameZh, isMatch: false }]} />
                  </span>
                  {other ? (
                    <span className={`block text-sm ${index === activeIndex ? "text-white" : "text-ink-secondary"}`} lang={isUyghur ? "zh-CN" : "ug"} dir={isUyghur ? "ltr" : "rtl"}>
                      {other}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p role="status" aria-live="polite" className="sr-only">
            {announcement}
          </p>
        </>
      ) : null}
    </>
  );
}
