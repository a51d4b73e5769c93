import { after } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { MAX_BATCH_UPLOAD_BYTES, codesFromCsv, codesFromText, startBatch } from "@/lib/report/report-batch";

/**
 * POST /{locale}/reports/batch/start (multipart: codes, file, locale) — the batch page's form.
 * Records the batch, answers with a redirect (303) to its progress page, then makes the reports.
 * A refused list goes back to the form with the reason.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const back = (query: string) => Response.redirect(new URL(`/${locale}/reports/batch?${query}`, request.url), 303);
  if (Number(request.headers.get("content-length") ?? "0") > 2 * MAX_BATCH_UPLOAD_BYTES) return back("error=file-too-large");

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("error=no-codes");
  }
  const pasted = form.get("codes");
  const file = form.get("file");
  const inputs = typeof pasted === "string" ? codesFromText(pasted) : [];
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BATCH_UPLOAD_BYTES) return back("error=file-too-large");
    const text = new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
    if (text.includes("\u0000")) return back("error=file-not-text");
    inputs.push(...codesFromCsv(text));
  }
  const requested = form.get("locale");
  const reportLocale = typeof requested === "string" && hasLocale(routing.locales, requested) ? requested : locale;

  const started = await startBatch(inputs, reportLocale);
  if (!started.ok) return back(`error=${started.problem}&count=${started.count}`);
  after(started.run);
  return Response.redirect(new URL(`/${locale}/reports/batch/${started.id}`, request.url), 303);
}
