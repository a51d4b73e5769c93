import { answerCompanyFeed } from "@/lib/feeds/feed-responses";

/** GET /{locale}/companies/{uscc}/feed.atom — the company's public penalties and abnormal listings (Atom). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }): Promise<Response> {
  const { locale, uscc } = await params;
  return answerCompanyFeed(request, locale, uscc);
}
