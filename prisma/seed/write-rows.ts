import type { Client } from "pg";
import type { Row } from "./generate/register";

type Column = { name: string; udtName: string };

/**
 * Bulk writer for seeding: one `INSERT … SELECT FROM unnest(…)` per table per batch, with one
 * array parameter per column, which PostgreSQL and PGlite both ingest at tens of thousands of
 * rows a second. Column types are read from the database so the generator stays schema-agnostic.
 */
export type RowWriter = {
  insert: (table: string, rows: Row[]) => Promise<void>;
  /** After writing explicit ids, move each table's id sequence past the highest id. */
  syncSequences: () => Promise<void>;
};

export async function createRowWriter(client: Client): Promise<RowWriter> {
  const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
    `SELECT table_name, column_name, udt_name FROM information_schema.columns
      WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`,
  );
  const tables = new Map<string, Map<string, Column>>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? new Map<string, Column>();
    columns.set(row.column_name, { name: row.column_name, udtName: row.udt_name });
    tables.set(row.table_name, columns);
  }

  async function insert(table: string, batch: Row[]): Promise<void> {
    if (batch.length === 0) return;
    const known = tables.get(table);
    if (!known) throw new Error(`Unknown table "${table}"`);
    const names = Object.keys(batch[0]);
    const columns = names.map((name) => {
      const column = known.get(name);
      if (!column) throw new Error(`Unknown column "${table}"."${name}"`);
      return column;
    });
    // Array-valued columns (text[]) travel as array literals and are cast per row, because
    // unnest() would flatten a two-dimensional array parameter.
    const isArray = columns.map((column) => column.udtName.startsWith("_"));
    const parameters = columns.map((column, index) =>
      batch.map((row) => {
        const value = row[column.name];
        if (value === undefined) throw new Error(`Row of "${table}" lacks "${column.name}"`);
        return isArray[index] && Array.isArray(value) ? toArrayLiteral(value) : value;
      }),
    );
    const unnestArgs = columns.map((column, index) => `$${index + 1}::${isArray[index] ? "text" : column.udtName}[]`);
    const selectList = columns.map((column, index) => (isArray[index] ? `c${index}::${column.udtName.slice(1)}[]` : `c${index}`));
    const aliases = columns.map((_, index) => `c${index}`);
    await client.query(
      `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")})
       SELECT ${selectList.join(", ")} FROM unnest(${unnestArgs.join(", ")}) AS t(${aliases.join(", ")})`,
      parameters,
    );
  }

  async function syncSequences(): Promise<void> {
    for (const [table, columns] of tables) {
      const id = columns.get("id");
      if (!id || !["int2", "int4", "int8"].includes(id.udtName)) continue;
      await client.query(
        `SELECT setval(seq, greatest((SELECT max(id) FROM "${table}"), 1), (SELECT max(id) FROM "${table}") IS NOT NULL)
           FROM pg_get_serial_sequence('"${table}"', 'id') AS seq WHERE seq IS NOT NULL`,
      );
    }
  }

  return { insert, syncSequences };
}

function toArrayLiteral(values: string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
