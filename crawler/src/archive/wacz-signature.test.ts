import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestOf } from './datapackage.ts';
import { signatureProblem, signHash } from './wacz-signature.ts';

describe('Ed25519 signature of the datapackage digest', () => {
  const keys = generateKeyPairSync('ed25519');
  const datapackage = Buffer.from('{"profile":"data-package"}\n');

  it('signs the sha256 of datapackage.json and verifies with the embedded key and with the signer\'s public key', () => {
    const digest = digestOf(datapackage, keys.privateKey);
    expect(digest.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(signatureProblem(digest.ed25519Signature!, digest.hash)).toBeUndefined();
    expect(signatureProblem(digest.ed25519Signature!, digest.hash, keys.publicKey)).toBeUndefined();
  });

  it('fails for another hash, another key, or a changed signature', () => {
    const signed = signHash(digestOf(datapackage).hash, keys.privateKey);
    expect(signatureProblem(signed, digestOf(Buffer.from('{}')).hash)).toMatch(/another datapackage/);
    expect(signatureProblem(signed, signed.hash, generateKeyPairSync('ed25519').publicKey)).toMatch(/another key/);
    const forged = { ...signed, signature: Buffer.from(Buffer.from(signed.signature, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64') };
    expect(signatureProblem(forged, signed.hash)).toMatch(/does not verify/);
  });

  it('leaves the digest unsigned without a key', () => {
    expect(digestOf(datapackage)).toEqual({ path: 'datapackage.json', hash: expect.stringMatching(/^sha256:/) });
  });
});
