import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { catalogJson, catalogSchemaJson } from './catalog-json.js';

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  // A CommonJS module whose function is also its own `default`.
  formats.default(ajv);
  return ajv.compile(JSON.parse(catalogSchemaJson()));
};

describe('catalog.json and catalog.schema.json', () => {
  it('the shipped catalog validates against the shipped schema', () => {
    const validate = validator();
    const valid = validate(JSON.parse(catalogJson()));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema refuses what loadCatalog refuses by shape', () => {
    const validate = validator();
    const broken = JSON.parse(catalogJson());
    broken.pricing.cn.prices[0].input = 2.1; // a float, not a decimal string
    broken.models[0].extra = true;
    delete broken.tokenPlan;
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((error) => error.instancePath || error.params);
    expect(paths).toContain('/pricing/cn/prices/0/input');
    expect(paths).toContain('/models/0');
  });
});
