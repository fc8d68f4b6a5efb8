// Types of scripts/docs-reference.mjs, for the test that checks the generated docs pages.
type JsonSchema = {[key: string]: unknown};

export interface ConfigKey {
  /** `tools[].agreement`: a key under a list is written `list[].key`. */
  key: string;
  schema: JsonSchema;
  required: boolean;
}

export function configKeys(jsonSchema: JsonSchema): ConfigKey[];
export function undescribedKeys(jsonSchema: JsonSchema): string[];
export function configReferencePage(jsonSchema: JsonSchema): string;
export function reasonCodesPage(reasons: readonly string[], commonMessages: Record<string, string>): string;
