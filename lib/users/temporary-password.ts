import { randomInt } from "node:crypto";

// No look-alike characters (0/o, 1/l/i): the administrator reads the password out or copies
// it to the person. 20 characters of 31 give ~99 bits, in groups of five for reading.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A random password from the system's CSPRNG, e.g. "k7p2m-x9cqt-hw4ra-n3v8e". */
export function generatePassword(groups = 4, size = 5): string {
  return Array.from({ length: groups }, () =>
    Array.from({ length: size }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}
