import { z } from "zod";

/**
 * The named schemas of the OpenAPI document (components/schemas). A schema registered here with
 * an id is emitted once and referenced by `$ref` wherever it is used (lib/api/openapi.ts).
 */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

/**
 * Compile-time proof that a zod schema describes exactly a TypeScript type the code produces:
 * `const _: SameType<z.infer<typeof schema>, Type> = true;` fails to compile when they drift apart.
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
