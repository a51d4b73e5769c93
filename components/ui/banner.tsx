type BannerProps = {
  tone: "important" | "warning" | "success";
  title: string;
  children: React.ReactNode;
};

const TONE_CLASSES = {
  important: "border-error",
  warning: "border-[#f47738]",
  success: "border-action",
} as const;

/**
 * A notice at the top of a page (GOV.UK notification banner): a coloured bar along the start
 * edge, a bold title, then the detail. role="region" with its title as the accessible name.
 */
export function Banner({ tone, title, children }: BannerProps) {
  return (
    <section
      aria-label={title}
      className={`mb-4 border-s-8 bg-panel px-4 py-3 ${TONE_CLASSES[tone]}`}
    >
      <p className="mb-1 font-bold">{title}</p>
      <div className="space-y-1">{children}</div>
    </section>
  );
}
