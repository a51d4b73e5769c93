/**
 * The part of fontkit (pdfkit's font engine) the project uses directly: the report (fonts parsed once
 * per process) and the web font's coverage test (tests/unit/fonts).
 */
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    /** A variable font's axes, e.g. `wght` with its min, default and max. */
    variationAxes: Record<string, { name: string; min: number; default: number; max: number }>;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: string[] | Record<string, boolean>): unknown;
  }
  export function create(buffer: Buffer | Uint8Array, postscriptName?: string): Font;
}
