// Optional Ed25519 signature over a WACZ's datapackage hash, with the user's own key (node:crypto). It sits in
// datapackage-digest.json under its own name: WACZ's `signedData` means ECDSA keys, which replay tools check.
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../../../shared/src/version.ts';

export const SIGNATURE_FIELD = 'ed25519Signature';

export interface Ed25519Signature {
  algorithm: 'Ed25519';
  /** The signed text: datapackage.json's hash, `sha256:<hex>`. */
  hash: string;
  /** Base64. */
  signature: string;
  /** Base64 of the DER SubjectPublicKeyInfo of the signing key: checks the signature; whose key it is, is checked outside. */
  publicKey: string;
  created: string;
  software: string;
}

/** Reads an Ed25519 private key (PEM, e.g. `openssl genpkey -algorithm ed25519`); throws a plain message otherwise. */
export function loadSigningKey(file: string): KeyObject {
  const key = createPrivateKey(readFileSync(file));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is a ${key.asymmetricKeyType} key; an Ed25519 private key is needed`);
  return key;
}

/** Reads an Ed25519 public key (PEM); a private key file is accepted too, its public half is used. */
export function loadPublicKey(file: string): KeyObject {
  const key = createPublicKey(readFileSync(file));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is a ${key.asymmetricKeyType} key; an Ed25519 public key is needed`);
  return key;
}

export function signHash(hash: string, key: KeyObject, created = new Date()): Ed25519Signature {
  return {
    algorithm: 'Ed25519',
    hash,
    signature: sign(null, Buffer.from(hash, 'utf8'), key).toString('base64'),
    publicKey: spkiBase64(createPublicKey(key)),
    created: created.toISOString(),
    software: `schoolscan ${TOOL_VERSION}`,
  };
}

/**
 * Why the signature does not hold, or undefined when it does: it must sign `hash` and verify with the embedded
 * key, and with `trusted` given, the embedded key must be that key.
 */
export function signatureProblem(block: Ed25519Signature, hash: string, trusted?: KeyObject): string | undefined {
  if (block.algorithm !== 'Ed25519') return `unknown signature algorithm ${block.algorithm}`;
  if (block.hash !== hash) return 'the signature is over another datapackage.json hash';
  let embedded: KeyObject;
  try {
    embedded = createPublicKey({ key: Buffer.from(block.publicKey, 'base64'), format: 'der', type: 'spki' });
  } catch {
    return 'the embedded public key is unreadable';
  }
  if (trusted && spkiBase64(trusted) !== block.publicKey) return 'signed with another key than the given --public-key';
  return verify(null, Buffer.from(hash, 'utf8'), embedded, Buffer.from(block.signature, 'base64')) ? undefined : 'the signature does not verify';
}

function spkiBase64(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}
