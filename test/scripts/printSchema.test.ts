import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { buildSchema as buildPlainSchema, isObjectType } from 'graphql';

import { buildSchema } from '../../src/schema';

describe('npm run schema:print (the client SDL)', () => {
  const printed = execFileSync(process.execPath, [join(__dirname, '../../scripts/print-schema.js')], { encoding: 'utf8' });

  it('prints plain GraphQL that any tool builds, without the Federation part', () => {
    const schema = buildPlainSchema(printed);
    expect(schema.getQueryType()?.getFields()).toHaveProperty('node');
    expect(printed).not.toMatch(/@link|_service|_entities|_Any/);
  });

  it('is the served schema minus Federation: every type and field it names is served the same', () => {
    const client = buildPlainSchema(printed);
    const served = buildSchema();
    for (const type of Object.values(client.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const counterpart = served.getType(type.name);
      expect({ type: type.name, kind: counterpart?.constructor.name }).toEqual({ type: type.name, kind: type.constructor.name });
      if (!isObjectType(type) || !isObjectType(counterpart)) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        expect({ field: `${type.name}.${name}`, type: String(counterpart.getFields()[name]?.type) }).toEqual({ field: `${type.name}.${name}`, type: String(field.type) });
      }
    }
  });

  it('names every type the graph serves, but Federation\'s', () => {
    const client = buildPlainSchema(printed);
    const federation = /^(_|link__|federation__)|^(link|join)__/;
    const served = Object.keys(buildSchema().getTypeMap()).filter((name) => !name.startsWith('__') && !federation.test(name));
    expect(served.filter((name) => client.getType(name) === undefined)).toEqual([]);
    expect(served.length).toBeGreaterThan(50);
  });
});
