import { notFound } from "next/navigation";

/**
 * Any path under a locale that no page matches: render app/[locale]/not-found.tsx inside the
 * locale's layout (translated, with header and footer) rather than the bare root 404.
 */
export default function CatchAllPage() {
  notFound();
}
