import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { isoCBOR } from "@simplewebauthn/server/helpers";

/**
 * A software WebAuthn authenticator for tests without a browser: ES256 keys (P-256) made with
 * node:crypto, attestation "none", authenticator data and client data built byte by byte as a
 * browser and a passkey provider would. It answers the options the app gives with real,
 * verifiable responses, and can be told to misbehave (another origin, no user verification,
 * a counter that goes back).
 */

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();
const b64url = (data: Uint8Array) => Buffer.from(data).toString("base64url");

interface StoredCredential {
  id: Buffer;
  privateKey: KeyObject;
  userHandle: string;
  rpID: string;
  counter: number;
}

export interface Misbehaviour {
  /** The origin the "browser" states (default: the authenticator's). */
  origin?: string;
  /** Whether the user was verified (fingerprint, PIN); default true. */
  userVerified?: boolean;
  /** The signature counter to report (default: one more than the last). */
  counter?: number;
  /** Answer with this credential (default: the first one the options allow, or the newest). */
  credentialId?: string;
  /** Leave the user handle out of an assertion (as for a non-discoverable credential). */
  omitUserHandle?: boolean;
}

export class SoftAuthenticator {
  readonly credentials: StoredCredential[] = [];

  constructor(readonly origin: string) {}

  /** navigator.credentials.create(): a new ES256 credential for the options' RP and user. */
  register(
    options: PublicKeyCredentialCreationOptionsJSON,
    how: Misbehaviour = {},
  ): RegistrationResponseJSON {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const jwk = publicKey.export({ format: "jwk" });
    const coseKey = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
        [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
      ]),
    );
    const id = randomBytes(32);
    const rpID = options.rp.id!;
    const counter = how.counter ?? 0;
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(id.length);
    const authData = Buffer.concat([
      this.authDataHead(rpID, FLAG_UP | (how.userVerified === false ? 0 : FLAG_UV) | FLAG_AT, counter),
      Buffer.alloc(16), // AAGUID: none
      idLength,
      id,
      Buffer.from(coseKey),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", new Uint8Array(authData)],
      ]) as never,
    );
    this.credentials.push({ id, privateKey, userHandle: options.user.id, rpID, counter });
    return {
      id: b64url(id),
      rawId: b64url(id),
      type: "public-key",
      response: {
        clientDataJSON: this.clientData("webauthn.create", options.challenge, how.origin),
        attestationObject: b64url(attestationObject),
        transports: ["internal"],
      },
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get(): an assertion signed by one of this authenticator's credentials. */
  assert(options: PublicKeyCredentialRequestOptionsJSON, how: Misbehaviour = {}): AuthenticationResponseJSON {
    const allowed = options.allowCredentials?.map((c) => c.id);
    const wanted =
      how.credentialId ?? allowed?.find((id) => this.find(id)) ?? this.newest()?.id.toString("base64url");
    const credential = wanted ? this.find(wanted) : undefined;
    if (!credential) throw new Error("the soft authenticator holds no matching credential");
    credential.counter = how.counter ?? credential.counter + 1;
    const authData = this.authDataHead(
      options.rpId ?? credential.rpID,
      FLAG_UP | (how.userVerified === false ? 0 : FLAG_UV),
      credential.counter,
    );
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, how.origin);
    const signature = sign(
      "sha256",
      Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, "base64url"))]),
      credential.privateKey,
    );
    return {
      id: b64url(credential.id),
      rawId: b64url(credential.id),
      type: "public-key",
      response: {
        clientDataJSON,
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(how.omitUserHandle ? {} : { userHandle: credential.userHandle }),
      },
      authenticatorAttachment: "platform",
      clientExtensionResults: {},
    };
  }

  private find(id: string) {
    return this.credentials.find((c) => c.id.toString("base64url") === id);
  }

  private newest() {
    return this.credentials[this.credentials.length - 1];
  }

  private authDataHead(rpID: string, flags: number, counter: number): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpID), Buffer.from([flags]), count]);
  }

  private clientData(type: string, challenge: string, origin = this.origin): string {
    return b64url(Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false })));
  }
}
