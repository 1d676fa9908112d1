/**
 * `npm run schema` writes public/schema/v1.json from the zod definition the app
 * validates with. A unit test fails when the committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { jsonSchemaText, SCHEMA_FILE } from './jsonSchema';

mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, jsonSchemaText());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
