export type BadgeTone = "positive" | "negative" | "warning" | "neutral" | "information";

const TONE_CLASSES: Record<BadgeTone, string> = {
  positive: "bg-[#cce2d8] text-[#005a30]",
  negative: "bg-[#f4cdc6] text-[#942514]",
  warning: "bg-[#fff7bf] text-[#594d00]",
  neutral: "bg-[#e5e6e7] text-[#383f43]",
  information: "bg-[#bbd4ea] text-[#0c2d4a]",
};

type BadgeProps = {
  tone: BadgeTone;
  children: React.ReactNode;
};

/** A GOV.UK-style tag: the words carry the meaning, the colour only repeats it. */
export function Badge({ tone, children }: BadgeProps) {
  return (
    <strong className={`inline-block px-2 py-0.5 text-sm leading-snug font-bold ${TONE_CLASSES[tone]}`}>
      {children}
    </strong>
  );
}
