// HTTP security headers. Kept free of Node imports: the proxy runs them on every request.

/** A fresh, unguessable nonce per response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * React's streaming renderer parks a late part of an SVG (the panel's charts, say) in
 * `<svg aria-hidden="true" style="display:none">` until it moves it into place. That one
 * attribute, and no other inline style, is allowed: the hash of exactly "display:none"
 * ('unsafe-hashes' makes a hash apply to style attributes). It can only hide an element.
 */
export const REACT_HIDDEN_SVG_STYLE = "sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE=";

/**
 * The Content Security Policy of an HTML response. Scripts run only with this response's nonce
 * ('strict-dynamic' lets the framework's own loader add its chunks); nothing may frame the app,
 * post forms elsewhere, or change the base URL. Development needs 'unsafe-eval' for React's
 * error overlays; production never does.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' '${REACT_HIDDEN_SVG_STYLE}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers for every response (pages, route handlers, files). HSTS only in production, where
 * the app is served over HTTPS; browsers ignore it on plain-HTTP development hosts anyway.
 */
export function staticSecurityHeaders({ production }: { production: boolean }): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    [
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    ],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(production
      ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as [string, string][])
      : []),
  ];
}
