/** Types of ./shared-tags.js (plain JavaScript, loaded by Next's cache handler at run time). */
export function expireTags(tags: Iterable<string>, durations?: { expire?: number }): Promise<void>;
export function publishTags(tags: string[]): Promise<void>;
export function syncTags(): Promise<void>;
