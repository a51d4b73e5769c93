import { hasLocale } from "next-intl";
import { regulatorRemovalsPath } from "@/components/removal/access";
import { routing } from "@/i18n/routing";
import { isSameOrigin } from "@/lib/auth/origin";
import { forbiddenOrigin, seeOther } from "@/lib/auth/responses";
import { regulatorAccess } from "@/lib/auth/session";
import { decideRemovalApplication } from "@/lib/records/removal-applications";
import { MAX_REJECTION_NOTE, removalDecisionErrors, removalDecisionSchema } from "@/lib/validation/removal-decision";
import { revalidateCompanyPages } from "@/lib/records/company-pages-cache";

/** What is kept of a typed note to show again with an error (a URL must stay short). */
const NOTE_ECHO_LIMIT = MAX_REJECTION_NOTE + 100;

/**
 * POST /{locale}/regulator/removals/{id}/decide (form: decision = approve | reject, note) — a
 * regulator decides a pending application. Approved: the listing is removed and published at
 * once (the company's pages are revalidated). Answers 303: to the list with ?decided=, or back to
 * the decision page with the errors and what was typed. Another site's form: 403; signed out: to
 * sign in; a role without the permission: 403; an application not pending or not in the
 * regulator's area: 404.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string; applicationId: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return forbiddenOrigin();
  const { locale, applicationId } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const list = regulatorRemovalsPath(locale);
  const page = `${list}/${applicationId}`;
  const to = seeOther;

  const access = await regulatorAccess("decide-removals");
  if (!access.ok) return access.reason === "signed-out" ? to(`/${locale}/regulator/login`) : new Response("Forbidden", { status: 403 });
  if (!/^\d{1,9}$/.test(applicationId)) return new Response("Not found", { status: 404 });

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return to(`${page}?decisionError=choose-decision`);
  }
  const typed = { decision: form.get("decision"), note: form.get("note") };
  const parsed = removalDecisionSchema.safeParse({
    decision: typeof typed.decision === "string" ? typed.decision : undefined,
    note: typeof typed.note === "string" ? typed.note : undefined,
  });
  if (!parsed.success) {
    const errors = removalDecisionErrors(parsed.error);
    const query = new URLSearchParams();
    if (errors.decision) query.set("decisionError", errors.decision);
    if (errors.note) query.set("noteError", errors.note);
    if (typeof typed.decision === "string" && (typed.decision === "approve" || typed.decision === "reject")) query.set("decision", typed.decision);
    if (typeof typed.note === "string" && typed.note.trim() !== "") query.set("note", typed.note.slice(0, NOTE_ECHO_LIMIT));
    return to(`${page}?${query.toString()}#main-content`);
  }

  const decision = parsed.data.decision === "approve" ? ({ decision: "approve" } as const) : ({ decision: "reject", note: parsed.data.note } as const);
  const result = await decideRemovalApplication({
    applicationId: Number(applicationId),
    decision,
    regulator: { actor: access.session.actor, authorityId: access.session.authorityId },
  });
  if (!result.ok) {
    if (result.reason === "application-not-found" || result.reason === "already-decided") return new Response("Not found", { status: 404 });
    return to(`${page}?decisionError=${result.reason}`);
  }
  if (decision.decision === "approve") {
    // The removal is public at once: the company's cached pages (ISR) in every language.
    await revalidateCompanyPages([result.uscc]);
  }
  return to(`${list}?decided=${decision.decision === "approve" ? "approved" : "rejected"}&uscc=${result.uscc}`);
}
