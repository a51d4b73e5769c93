import "./globals.css";

type RootLayoutProps = {
  children: React.ReactNode;
};

// The document (<html lang dir>) is rendered by app/[locale]/layout.tsx. This pass-through root
// layout exists so that app/not-found.tsx can catch requests that have no locale at all.
export default function RootLayout({ children }: RootLayoutProps) {
  return children;
}
