import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkComparison } from '../../src/lib/data/checks';
import { DataFileError, loadDataFile } from '../../src/lib/data/load';
import { comparisonFile } from '../../src/schemas/comparison';

const fixture = (name: string) => {
  const file = `tests/fixtures/comparison/${name}.yaml`;
  return () => loadDataFile(file, readFileSync(file, 'utf8'), comparisonFile, checkComparison);
};

/** Runs a loader expected to fail and returns its message. */
function failure(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('expected the data file to be rejected');
}

describe('comparison data validation', () => {
  it('accepts a valid file', () => {
    expect(fixture('valid')().rows.map((r) => r.id)).toEqual(['per-token']);
  });

  it('names the file, the row and the field for an unknown support level', () => {
    const message = failure(fixture('bad-level'));
    expect(message).toContain('tests/fixtures/comparison/bad-level.yaml');
    expect(message).toContain('rows[0] "per-token" → field "bedrock.level"');
    expect(message).toContain('must be one of yes, partial, no, info');
  });

  it('rejects a duplicate row id', () => {
    expect(failure(fixture('duplicate-id'))).toContain('rows[1] "per-token" → field "id": duplicate id');
  });

  it('rejects a row in an unknown dimension', () => {
    expect(failure(fixture('unknown-dimension'))).toContain(
      'rows[0] "per-token" → field "dimension": unknown dimension "pricing"',
    );
  });

  it('rejects empty text', () => {
    expect(failure(fixture('empty-text'))).toContain(
      'rows[0] "per-token" → field "aspect.en": the English text (en) must not be empty',
    );
  });

  it('rejects an id that is not an ASCII slug', () => {
    expect(failure(fixture('bad-id'))).toMatch(
      /rows\[0\] "Per Token" → field "id": must be a lowercase ASCII slug/,
    );
  });

  it('rejects a row without one of the services', () => {
    expect(failure(fixture('missing-service'))).toContain('rows[0] "per-token" → field "sagemaker"');
  });

  it('reports broken YAML with the file name', () => {
    const message = failure(fixture('broken-yaml'));
    expect(message).toContain('broken-yaml.yaml');
    expect(message).toContain('not valid YAML');
  });
});

describe('sources', () => {
  const fails = (name: string, ...parts: string[]) => {
    const message = failure(fixture(name));
    expect(message).toContain(`tests/fixtures/comparison/${name}.yaml`);
    for (const part of parts) expect(message).toContain(part);
  };

  it('rejects a cell without its own sources, naming the row and the cell', () =>
    fails('no-sources', 'rows[0] "per-token" → field "sagemaker.sources": sources is required'));

  it('rejects a source whose URL is not https', () =>
    fails('http-source', 'rows[0] "per-token" → field "bedrock.sources.0.url": must be an https:// URL'));

  it('rejects a product landing page, naming the URL', () =>
    fails(
      'landing-source',
      'field "bedrock.sources.0.url"',
      'https://aws.amazon.com/bedrock/ is a product or marketing page',
    ));

  it("rejects one language SDK's reference", () =>
    fails('sdk-source', 'field "sagemaker.sources.0.url"', "one language SDK's reference"));

  it('rejects a kind that does not match the address', () =>
    fails('wrong-kind', 'https://aws.amazon.com/bedrock/pricing/ is kind pricing, not documentation'));

  it('rejects a third-party source without a why', () =>
    fails('third-party-no-why', 'https://example.org/bedrock-benchmark is a third-party source: add a why'));

  it('rejects the same URL twice in one row', () =>
    fails('repeated-url', 'https://aws.amazon.com/bedrock/pricing/ is cited twice in this entry'));

  it('rejects a cell whose sources are all about the other service', () =>
    fails('wrong-service', 'field "bedrock.sources": no source names the service in its address'));

  it('rejects a check date in the future', () =>
    fails('future-checked', 'rows[0] "per-token" → field "checked": 2999-01-01 is in the future'));
});
