"use client";

import { usePathname } from "next/navigation";

type HeaderSearchSlotProps = {
  /** Paths (with locale) whose page has its own search box: the header's is left out there. */
  hiddenOn: readonly string[];
  children: React.ReactNode;
};

/**
 * Shows the header's search box except on pages with a bigger one of their own. Rendered on the
 * server too (usePathname works during SSR), so it behaves the same without JavaScript.
 */
export function HeaderSearchSlot({ hiddenOn, children }: HeaderSearchSlotProps) {
  const pathname = usePathname();
  const path = pathname?.replace(/\/+$/, "") ?? "";
  if (hiddenOn.includes(path)) return null;
  return <>{children}</>;
}
