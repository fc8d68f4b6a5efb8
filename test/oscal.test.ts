/**
 * `ai-policy export --target oscal`: an OSCAL component definition, validated against NIST's published JSON
 * Schema for the component-definition model (test/fixtures/oscal/, with its source beside it).
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Ajv} from 'ajv';
import addFormats from 'ajv-formats';
import {describe, expect, it} from 'vitest';
import {policyVersion} from '../src/config/version.js';
import {buildPolicyDocument} from '../src/engine/build.js';
import {
  OSCAL_PROP_NS,
  OSCAL_VERSION,
  PACKAGE_NAMESPACE,
  renderOscal,
  URL_NAMESPACE,
  uuidV5,
} from '../src/export/oscal.js';
import {oscalDownload} from '../src/plugin/downloads.js';
import {loadPolicy} from '../src/store/policy-store.js';
import {ALL_REGIMES, configOf, MINIMAL} from './support/policy.js';

const schema = JSON.parse(
  readFileSync(new URL('fixtures/oscal/oscal_component_schema.json', import.meta.url), 'utf8'),
);
// draft-07 ($schema says so), every error at once; OSCAL's patterns use Unicode classes (\p{L}).
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: true});
// ajv-formats is CommonJS: its default export is the module, whose `default` is the plugin.
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** node:crypto's SHA-1, as the plugin and the CLI hand it to the export layer. */
const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest();

function oscalOf(input: unknown) {
  const config = configOf(input);
  const text = renderOscal(buildPolicyDocument(config), {version: policyVersion(config), sha1});
  return {text, json: JSON.parse(text)};
}

/** The example site's policy, with the baseline it extends, as the plugin loads it. */
const examplePolicy = () =>
  loadPolicy(fileURLToPath(new URL('../example-site/ai-policy.yml', import.meta.url)));

describe('the OSCAL component definition', () => {
  it('is checked against NIST’s v1.1.1 schema, which rejects a broken document', () => {
    expect(schema.$id).toBe('http://csrc.nist.gov/ns/oscal/1.1.1/oscal-component-definition-schema.json');
    const {json} = oscalOf(MINIMAL);
    // A control id with a space is not an OSCAL token: the schema must say so, or it checks nothing.
    json['component-definition'].components[0]['control-implementations'][0]['implemented-requirements'][0][
      'control-id'
    ] = 'GOVERN 1.1';
    expect(validate(json)).toBe(false);
  });

  it('validates for the example site’s policy', async () => {
    const policy = await examplePolicy();
    const json = JSON.parse(oscalDownload(policy));
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(json['component-definition'].metadata['oscal-version']).toBe(OSCAL_VERSION);
  });

  it('validates for a policy with every regime, one control implementation per framework', () => {
    const {json} = oscalOf(ALL_REGIMES);
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const [component] = json['component-definition'].components;
    expect(component.type).toBe('policy');
    const implementations = component['control-implementations'];
    expect(implementations.map((entry: {props: Array<{value: string}>}) => entry.props[0]!.value)).toEqual([
      'soc2',
      'hipaa',
      'gdpr',
      'iso27001',
      'pci-dss',
      'eu-ai-act',
      'iso42001',
      'nist-ai-rmf',
      'owasp-llm',
    ]);
    const ids = (framework: number) =>
      implementations[framework]['implemented-requirements'].map(
        (requirement: {'control-id': string}) => requirement['control-id'],
      );
    expect(ids(0)).toContain('cc8.1');
    expect(ids(1)).toContain('sec-164.308.a.5');
    expect(ids(3)).toContain('a.5.10');
    expect(ids(4)).toContain('req-12.8.2');
    expect(ids(7)).toContain('govern-1.6');
    expect(ids(8)).toContain('llm02');
  });

  it('says each duty in the policy’s own sentence, with its relation', () => {
    const {json} = oscalOf({...MINIMAL, compliance: ['soc2']});
    const soc2 = json['component-definition'].components[0]['control-implementations'][0];
    const change = soc2['implemented-requirements'].find(
      (requirement: {'control-id': string}) => requirement['control-id'] === 'cc8.1',
    );
    expect(
      change.statements.map((statement: {props: Array<{name: string; value: string}>}) =>
        Object.fromEntries(statement.props.map((entry) => [entry.name, entry.value])),
      ),
    ).toEqual([
      {relation: 'implements', 'policy-item': 'soc2.change', 'policy-section': 'code-review'},
      {relation: 'supports', 'policy-item': 'org.code-review', 'policy-section': 'code-review'},
    ]);
    expect(change.statements[1].description).toMatch(/reviewed by a person before merge/);
  });

  it('is byte-identical for the same policy, and gets new UUIDs for a changed one', () => {
    const first = oscalOf(ALL_REGIMES);
    expect(oscalOf(ALL_REGIMES).text).toBe(first.text);
    const changed = oscalOf({...ALL_REGIMES, organization: 'Other Corp'});
    expect(changed.json['component-definition'].uuid).not.toBe(first.json['component-definition'].uuid);
    const uuids = first.text.match(/"uuid": "[^"]+"/g)!;
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('derives UUIDs as RFC 4122 version 5', () => {
    // The DNS-namespace example every UUID library checks against.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', sha1)).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // The package's own namespace, written out in the source rather than hashed at load.
    expect(uuidV5(OSCAL_PROP_NS, URL_NAMESPACE, sha1)).toBe(PACKAGE_NAMESPACE);
  });
});
