import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { MIGRATIONS_DIR, readMigrations } from "./migrations";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

/**
 * Prisma's schema engine compiled to WebAssembly (npm: @prisma/schema-engine-wasm), driven over
 * the pg driver adapter. Used at development time to turn schema.prisma changes into migration
 * SQL without the native engine the Prisma CLI downloads from Prisma's binary host (unreachable
 * here). Its ESM entry imports the .wasm file, which Node 20 cannot load, so we instantiate it.
 */
type Bindings = typeof import("@prisma/schema-engine-wasm");
export type SchemaEngine = Awaited<ReturnType<Bindings["SchemaEngine"]["new"]>>;


// The engine's catalogue queries return columns of PostgreSQL's internal one-byte type "char"
// (OID 18), which @prisma/adapter-pg 7.10 rejects as an unsupported native type although the
// engine reads them as characters. Each query result marks such columns (in the column name,
// so concurrent queries cannot mix them up), lets the adapter convert them as text, then reports
// them to the engine as characters.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_MARK = "\u0000char";
type Field = { name: string; dataTypeID: number };
type RawResult = { columnNames: string[]; columnTypes: number[]; rows: unknown[][] };
type Queryable = {
  performIO: (query: unknown) => Promise<{ fields: Field[]; rows: unknown[] }>;
  queryRaw: (query: unknown) => Promise<RawResult>;
  startTransaction?: (isolationLevel?: unknown) => Promise<unknown>;
};

function readCharColumnsAsCharacters<T>(target: T): T {
  const queryable = target as unknown as Queryable;
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        field.name += CHAR_MARK;
      }
    }
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames.forEach((name, index) => {
      if (!name.endsWith(CHAR_MARK)) return;
      result.columnNames[index] = name.slice(0, -CHAR_MARK.length);
      result.columnTypes[index] = ColumnTypeEnum.Character;
    });
    return result;
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (isolationLevel) => readCharColumnsAsCharacters(await startTransaction(isolationLevel));
  }
  return target;
}

/**
 * The engine replays migrations into a "shadow database" to learn what they produce. The stock
 * adapter creates one with CREATE DATABASE, which PGlite cannot serve; here the database we are
 * given is already a throw-away empty one, so it is its own shadow.
 */
class ThrowAwayShadowPg extends PrismaPg {
  override async connect() {
    return readCharColumnsAsCharacters(await super.connect());
  }
  override async connectToShadowDb() {
    return this.connect();
  }
}

/** `databaseUrl` must point at an empty, throw-away database (see scripts/db-migration-create.ts). */
export async function createSchemaEngine({ schema, databaseUrl }: { schema: string; databaseUrl: string }): Promise<SchemaEngine> {
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => console.error(`schema engine panic: ${message}`),
  };
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bindings & {
    __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
  };
  const bytes = readFileSync(path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  const adapter = bindMigrationAwareSqlAdapterFactory(new ThrowAwayShadowPg({ connectionString: databaseUrl }));
  return bindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
}

/**
 * The SQL that would bring a database built from the committed migrations up to
 * prisma/schema.prisma; empty when they match. `databaseUrl`: an empty throw-away database.
 */
export async function diffMigrationsToSchema({ databaseUrl }: { databaseUrl: string }): Promise<string> {
  const schema = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const engine = await createSchemaEngine({ schema, databaseUrl });
  const diff = await engine.diff({
    from: {
      tag: "migrations",
      baseDir: MIGRATIONS_DIR,
      lockfile: { path: "migration_lock.toml", content: readFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8") },
      shadowDbInitScript: "",
      migrationDirectories: readMigrations().map((migration) => ({
        path: migration.name,
        migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
      })),
    },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = (diff.stdout ?? "").trim();
  return /^-- This is an empty migration/.test(sql) ? "" : sql;
}
