import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { MAX_UPLOAD_BYTES, claimedReportId, findReportBySha256, looksLikePdf, sha256 } from "@/lib/report/credit-reports";

/**
 * POST /{locale}/verify/upload (multipart, field "file") — the verification page's upload form.
 * Checks the bytes and answers with a redirect (303) to the result: the report's page when they
 * match a report, else the verification page with the file's hash (which it looks up again) or
 * the reason the upload could not be checked. Nothing of the file is kept.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const back = (query: string) => Response.redirect(new URL(`/${locale}/verify?${query}`, request.url), 303);

  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + 64 * 1024) return back("error=too-large");
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return back("error=missing-file");
  }
  if (!(file instanceof File) || file.size === 0) return back("error=missing-file");
  if (file.size > MAX_UPLOAD_BYTES) return back("error=too-large");
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!looksLikePdf(bytes)) return back("error=not-pdf");

  // Only the match is needed here: the result page looks the report up (and its changes) itself.
  const hash = sha256(bytes);
  const reportId = await findReportBySha256(hash);
  if (reportId !== null) return Response.redirect(new URL(`/${locale}/verify/${reportId}?file=${hash}`, request.url), 303);
  const claimed = claimedReportId(bytes);
  return back(`file=${hash}${claimed ? `&claimed=${claimed}` : ""}`);
}
