import { describe, expect, it } from "vitest";
import { sanitizeMinutes } from "@/lib/meetings/minutes";

describe("minutes sanitising", () => {
  it("keeps paragraphs, lists, emphasis and safe links", () => {
    expect(
      sanitizeMinutes(
        '<p>Se aprobó el <strong>plan</strong>.</p><ul><li>Uno</li></ul><a href="https://redes.example">acta</a>',
      ),
    ).toBe(
      '<p>Se aprobó el <strong>plan</strong>.</p><ul><li>Uno</li></ul><a href="https://redes.example" rel="noopener noreferrer" target="_blank">acta</a>',
    );
  });

  it("removes scripts, event handlers, styles and javascript: links", () => {
    const dirty =
      '<p onclick="steal()">Hola</p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><style>body{}</style><iframe src="https://evil.example"></iframe>';
    const clean = sanitizeMinutes(dirty);
    expect(clean).toBe('<p>Hola</p><a rel="noopener noreferrer" target="_blank">x</a>');
    expect(clean).not.toMatch(/script|onerror|onclick|javascript|iframe|style|img/i);
  });
});
