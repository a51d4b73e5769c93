import { answerKindFeed } from "@/lib/feeds/feed-responses";

/** GET /{locale}/feeds/penalties.atom[?prefecture=650100] — the newest public penalties (Atom). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  return answerKindFeed(request, locale, "penalties");
}
