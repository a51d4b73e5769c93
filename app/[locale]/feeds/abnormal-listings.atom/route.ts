import { answerKindFeed } from "@/lib/feeds/feed-responses";

/** GET /{locale}/feeds/abnormal-listings.atom[?prefecture=650100] — the newest abnormal-operations listings (Atom). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  return answerKindFeed(request, locale, "abnormal-listings");
}
