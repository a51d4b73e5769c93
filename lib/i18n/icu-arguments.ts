/**
 * A small reader for ICU MessageFormat (the syntax next-intl uses): enough to list a message's
 * arguments and rich-text tags, and to reject messages next-intl could not parse (unbalanced
 * braces, a plural without `other`, an unclosed tag). Pure: no I/O.
 */

export type IcuArgumentType = "simple" | "number" | "date" | "time" | "plural" | "selectordinal" | "select";

export type IcuSummary = {
  /** Argument name → how it is used; sorted by name. */
  arguments: Record<string, IcuArgumentType>;
  /** Rich-text tag names (`<link>…</link>`), sorted. */
  tags: string[];
};

export class IcuSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at character ${offset + 1})`);
    this.name = "IcuSyntaxError";
  }
}

const FORMAT_TYPES = new Set(["number", "date", "time"]);
const BRANCH_TYPES = new Set(["plural", "selectordinal", "select"]);
const ARGUMENT_NAME = /^[^\s,{}#<>'"]+$/u;
const TAG_NAME = /^[A-Za-z][\w-]*$/;

type State = { text: string; index: number; found: Map<string, IcuArgumentType>; tags: Set<string> };

function skipSpace(state: State) {
  while (state.index < state.text.length && /\s/u.test(state.text[state.index])) state.index++;
}

function readUntil(state: State, stop: RegExp): string {
  const start = state.index;
  while (state.index < state.text.length && !stop.test(state.text[state.index])) state.index++;
  return state.text.slice(start, state.index);
}

function record(state: State, name: string, type: IcuArgumentType, offset: number) {
  const previous = state.found.get(name);
  if (previous !== undefined && previous !== type && previous !== "simple" && type !== "simple") {
    throw new IcuSyntaxError(`argument "${name}" is used both as ${previous} and as ${type}`, offset);
  }
  if (previous === undefined || previous === "simple") state.found.set(name, type);
}

/** A quoted literal: `''` is one apostrophe; `'{'`, `'<'`, `'#'` (in plurals) quote until the next lone `'`. */
function skipApostrophe(state: State, isInPlural: boolean) {
  const next = state.text[state.index + 1];
  if (next === "'") {
    state.index += 2;
    return;
  }
  const startsQuote = next === "{" || next === "}" || next === "<" || next === ">" || (isInPlural && next === "#");
  if (!startsQuote) {
    state.index++;
    return;
  }
  const start = state.index;
  state.index += 2;
  while (state.index < state.text.length) {
    if (state.text[state.index] === "'") {
      if (state.text[state.index + 1] === "'") {
        state.index += 2;
        continue;
      }
      state.index++;
      return;
    }
    state.index++;
  }
  throw new IcuSyntaxError("unterminated quoted literal", start);
}

function parseArgument(state: State, isInPlural: boolean) {
  const open = state.index;
  state.index++; // "{"
  skipSpace(state);
  const name = readUntil(state, /[\s,{}]/u);
  if (!ARGUMENT_NAME.test(name)) throw new IcuSyntaxError(`bad argument name "${name}"`, open);
  skipSpace(state);
  const after = state.text[state.index];
  if (after === "}") {
    state.index++;
    record(state, name, "simple", open);
    return;
  }
  if (after !== ",") throw new IcuSyntaxError(`expected "," or "}" after argument "${name}"`, state.index);
  state.index++;
  skipSpace(state);
  const type = readUntil(state, /[\s,{}]/u);
  skipSpace(state);

  if (FORMAT_TYPES.has(type)) {
    record(state, name, type as IcuArgumentType, open);
    if (state.text[state.index] === ",") {
      state.index++;
      readUntil(state, /[{}]/u);
    }
    if (state.text[state.index] !== "}") throw new IcuSyntaxError(`unclosed argument "${name}"`, open);
    state.index++;
    return;
  }
  if (!BRANCH_TYPES.has(type)) throw new IcuSyntaxError(`unknown argument type "${type}"`, open);
  record(state, name, type as IcuArgumentType, open);
  if (state.text[state.index] !== ",") throw new IcuSyntaxError(`expected "," after "${type}"`, state.index);
  state.index++;

  const selectors = new Set<string>();
  const branchesArePlural = type !== "select";
  for (;;) {
    skipSpace(state);
    const char = state.text[state.index];
    if (char === undefined) throw new IcuSyntaxError(`unclosed ${type} argument "${name}"`, open);
    if (char === "}") {
      state.index++;
      break;
    }
    const selector = readUntil(state, /[\s{}]/u);
    if (selector === "") throw new IcuSyntaxError(`expected a selector in "${name}"`, state.index);
    skipSpace(state);
    if (/^offset:\d+$/.test(selector)) continue;
    if (state.text[state.index] !== "{") throw new IcuSyntaxError(`expected "{" after selector "${selector}"`, state.index);
    if (selectors.has(selector)) throw new IcuSyntaxError(`selector "${selector}" repeated`, state.index);
    selectors.add(selector);
    state.index++;
    parseMessage(state, branchesArePlural || isInPlural, 1);
  }
  if (!selectors.has("other")) throw new IcuSyntaxError(`${type} argument "${name}" needs an "other" branch`, open);
}

/**
 * Parse until the end of text (depth 0), a closing `}` (depth > 0) or the closing tag `closingTag`.
 * Returns how it ended.
 */
function parseMessage(state: State, isInPlural: boolean, depth: number, closingTag?: string): "end" | "brace" | "tag" {
  while (state.index < state.text.length) {
    const char = state.text[state.index];
    if (char === "'") {
      skipApostrophe(state, isInPlural);
    } else if (char === "{") {
      parseArgument(state, isInPlural);
    } else if (char === "}") {
      if (depth === 0 || closingTag !== undefined) throw new IcuSyntaxError('unmatched "}"', state.index);
      state.index++;
      return "brace";
    } else if (char === "<") {
      const rest = state.text.slice(state.index);
      const close = /^<\/([^>]*)>/.exec(rest);
      const open = /^<([^/>\s][^>]*)>/.exec(rest);
      if (close) {
        if (close[1] !== closingTag) throw new IcuSyntaxError(`unexpected closing tag </${close[1]}>`, state.index);
        state.index += close[0].length;
        return "tag";
      }
      if (open && TAG_NAME.test(open[1])) {
        const start = state.index;
        state.index += open[0].length;
        state.tags.add(open[1]);
        if (parseMessage(state, isInPlural, depth, open[1]) !== "tag") {
          throw new IcuSyntaxError(`tag <${open[1]}> is not closed`, start);
        }
        continue;
      }
      state.index++;
    } else {
      state.index++;
    }
  }
  if (depth > 0 && closingTag === undefined) throw new IcuSyntaxError('missing "}"', state.text.length);
  return "end";
}

/** The arguments and tags of one ICU message. Throws IcuSyntaxError when next-intl could not parse it. */
export function summarizeIcuMessage(text: string): IcuSummary {
  const state: State = { text, index: 0, found: new Map(), tags: new Set() };
  parseMessage(state, false, 0);
  const names = [...state.found.keys()].sort();
  return {
    arguments: Object.fromEntries(names.map((name) => [name, state.found.get(name) as IcuArgumentType])),
    tags: [...state.tags].sort(),
  };
}
