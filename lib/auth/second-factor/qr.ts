import QRCode from "qrcode";

/**
 * The QR code of an otpauth:// URI as one SVG path (dark modules), for the page to draw with
 * its own <svg>: no markup from a library goes into the page.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  let path = "";
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules.get(x, y)) path += `M${x} ${y}h1v1h-1z`;
    }
  }
  return { size, path };
}
