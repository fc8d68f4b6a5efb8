#!/usr/bin/env node
// Writes lib/ai-policy.schema.json, the JSON Schema of ai-policy.yml that editors use to check and complete
// the file (`# yaml-language-server: $schema=...`). Shape and descriptions both come from the zod schema
// (src/config/schema.ts), the one source the docs' config reference is generated from too.
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {policyJsonSchema} from '../lib/config/json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(
  path.join(root, 'lib', 'ai-policy.schema.json'),
  `${JSON.stringify(policyJsonSchema(), null, 2)}\n`,
);
