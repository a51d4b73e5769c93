"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** The header's search box, left out on the start and search pages, which have a big one. */
export function HeaderSearchSlot({ locale, children }: { locale: string; children: ReactNode }) {
  const pathname = (usePathname() ?? "").replace(/\/+$/, "");
  if (pathname === `/${locale}` || pathname === `/${locale}/search`) return null;
  return <>{children}</>;
}
