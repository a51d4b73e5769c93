import type { Metadata } from "next";

// Staff pages: never in search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function RegulatorLayout({ children }: LayoutProps<"/[locale]/regulator">) {
  return children;
}
