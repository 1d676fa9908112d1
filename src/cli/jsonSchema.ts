import * as z from 'zod/mini';
import { datasetSchema } from '../model/schema';

export const SCHEMA_FILE = 'public/schema/v1.json';
/** Where the published schema lives once deployed; data files may point `$schema` at it. */
export const SCHEMA_ID = 'https://circular-trade.example/schema/v1.json';

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, $id: SCHEMA_ID }, null, 2)}\n`;
}
