import type { Client } from "pg";
import { refreshUyghurSearchForms } from "@/lib/search/postgres/search-entry";

/**
 * Data a migration's SQL cannot compute, filled by TypeScript in the migration's own transaction,
 * right after its SQL (lib/db/migrations.ts), keyed by the migration's folder name. A data step
 * runs once, with the migration; on a fresh database it finds no rows. It calls the same code the
 * application writes these values with, so the two never disagree.
 */
export const MIGRATION_DATA_STEPS: Readonly<Record<string, (client: Client) => Promise<void>>> = {
  // search_entry.name_ug and name_ug_latin: the Uyghur name's search forms (lib/uyghur).
  "20261124032705_search_uyghur_forms": async (client) => {
    await refreshUyghurSearchForms(client);
  },
};
