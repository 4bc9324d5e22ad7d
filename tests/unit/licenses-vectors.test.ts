import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { vectorFiles, VECTOR_EXPECTATIONS } from '../support/license-vectors';

const DOCS = resolve(__dirname, '../../docs');
const VECTORS = join(DOCS, 'license-test-vectors');
const read = (name: string) => readFileSync(join(VECTORS, name), 'utf8');

// `FIELDBOOK_WRITE_VECTORS=1 npx vitest run tests/unit/licenses-vectors.test.ts` rewrites the files.
if (process.env.FIELDBOOK_WRITE_VECTORS === '1') {
  for (const [name, text] of Object.entries(vectorFiles())) writeFileSync(join(VECTORS, name), text);
}

interface DocVerifier {
  verifyLicense(fileText: string, publicKeyPem: string, now?: Date): { verdict: string; license?: Record<string, unknown> };
}

/** The verifier printed in docs/license-format.md, loaded exactly as a reader would copy it. */
function docVerifier(): DocVerifier {
  const doc = readFileSync(join(DOCS, 'license-format.md'), 'utf8');
  const match = /<!-- verifier -->\s*```js\n([\s\S]*?)```/.exec(doc);
  if (!match?.[1]) throw new Error('docs/license-format.md has no verifier block');
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-verifier-'));
  try {
    const file = join(dir, 'verify-license.cjs');
    writeFileSync(file, match[1]);
    return createRequire(file)(file) as DocVerifier;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('published test vectors (docs/license-test-vectors)', () => {
  it('are exactly what the format produces from the test seeds', () => {
    for (const [name, text] of Object.entries(vectorFiles())) expect(read(name), name).toBe(text);
  });

  it('give the expected verdicts with the verifier printed in the format document', () => {
    const verifier = docVerifier();
    const expected = JSON.parse(read('expected.json')) as { checks: typeof VECTOR_EXPECTATIONS; license: Record<string, unknown> };
    expect(expected.checks.length).toBe(6);
    for (const check of expected.checks) {
      const result = verifier.verifyLicense(read(check.file), read('public-key.pem'), new Date(check.at));
      expect(result.verdict, `${check.file} at ${check.at}`).toBe(check.verdict);
      if (check.verdict === 'valid') expect(result.license).toEqual(expected.license);
    }
  });

  it('keep the documented verifier short', () => {
    const doc = readFileSync(join(DOCS, 'license-format.md'), 'utf8');
    const code = /<!-- verifier -->\s*```js\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(code.trim().split('\n').length).toBeLessThanOrEqual(40);
  });
});

describe("Fieldbook's own verifier on the test vectors", () => {
  it('agrees with the expected verdicts once the vector public key is in the book', async () => {
    const { createTestStore } = await import('../support/test-store');
    const { verifyLicenseText } = await import('../../src/main/licenses/verify');
    const t = createTestStore();
    try {
      const raw = Buffer.from(read('public-key.b64').trim(), 'base64');
      const expected = JSON.parse(read('expected.json')) as { publicKeyId: string; checks: typeof VECTOR_EXPECTATIONS };
      t.store.sqlite
        .prepare("INSERT INTO signing_keys (id, public_key, sealed_private_key, status, created_at) VALUES (?, ?, NULL, 'retired', ?)")
        .run(expected.publicKeyId, raw, '2025-12-01T00:00:00.000Z');
      for (const check of expected.checks) {
        expect(verifyLicenseText(t.store, read(check.file), check.file, new Date(check.at)).verdict, check.file).toBe(check.verdict);
      }
    } finally {
      t.close();
    }
  });
});
