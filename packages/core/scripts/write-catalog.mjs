#!/usr/bin/env node
// Writes dist/catalog.json and dist/catalog.schema.json from the freshly built modules, so the JSON
// and its JSON Schema are the bundled tables and the zod schemas themselves, never a copy.
import { writeFile } from 'node:fs/promises';
import { catalogJson, catalogSchemaJson } from '../dist/catalog/catalog-json.js';

const dist = new URL('../dist/', import.meta.url);
await writeFile(new URL('catalog.json', dist), catalogJson());
await writeFile(new URL('catalog.schema.json', dist), catalogSchemaJson());
