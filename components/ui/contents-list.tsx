export type ContentsItem = { href: string; text: string; note?: string };
export type ContentsGroup = { title: string; items: ContentsItem[] };

type ContentsListProps = {
  id: string;
  title: string;
  groups: ContentsGroup[];
};

/** An in-page table of contents (GOV.UK "Contents"), grouped, with an optional note per item. */
export function ContentsList({ id, title, groups }: ContentsListProps) {
  return (
    <nav id={id} aria-labelledby={`${id}-title`} className="mb-8 border-b border-rule pb-4">
      <h2 id={`${id}-title`} className="mb-2 text-lg font-bold">
        {title}
      </h2>
      <div className="grid gap-x-8 gap-y-4 md:grid-cols-2">
        {groups.map((group) => (
          <div key={group.title}>
            <h3 className="mb-1 font-bold text-ink-secondary">{group.title}</h3>
            <ul className="space-y-1">
              {group.items.map((item) => (
                <li key={item.href} className="flex gap-2">
                  <span aria-hidden="true">—</span>
                  <span>
                    <a href={item.href}>{item.text}</a>
                    {item.note ? <span className="ms-1 text-ink-secondary">{item.note}</span> : null}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
