// Colour contrast as WCAG 2.1 defines it (relative luminance, contrast ratio), and the dark
// theme's colours derived from it (docs/design.md §15): every relation type's line and every faded
// element at least 3:1 against the canvas (WCAG 1.4.11, non-text contrast).

/** The dark theme's canvas (the stylesheet's DARK_PALETTE.background and app.css's --bg). */
export const DARK_BACKGROUND = '#0d1117';

/** WCAG 1.4.11: user-interface components and graphical objects. */
export const NON_TEXT_CONTRAST = 3;

/**
 * Faded elements in the dark theme: drawn opaque in greys rather than nearly transparent, which
 * left them at 1.1–1.4:1 (opacity 0.15). The line grey (actors' outlines, edges) is 3.6:1 on
 * DARK_BACKGROUND; the fill is darker, so faded actors read as outlines.
 */
export const DARK_FADED = { line: '#656d76', fill: '#21262d' } as const;

const channels = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

const toHex = (rgb: readonly number[]) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `fg` drawn at `alpha` over `bg`, as one opaque colour. */
export function blend(fg: string, bg: string, alpha: number): string {
  const f = channels(fg);
  const b = channels(bg);
  return toHex(f.map((c, i) => c * alpha + b[i]! * (1 - alpha)));
}

/**
 * `color`, or the nearest mix of it with white (on a dark background) or black (on a light one)
 * that has at least `min`:1 contrast with `bg`: the hue stays, only the lightness moves.
 */
export function readableOn(color: string, bg: string, min = NON_TEXT_CONTRAST): string {
  // Colours reach here as `#rrggbb`: the vocabulary keeps only those (vocabulary.ts isHexColor).
  if (contrastRatio(color, bg) >= min) return color;
  const toward = luminance(bg) < 0.5 ? '#ffffff' : '#000000';
  for (let step = 1; step <= 20; step++) {
    const mixed = blend(toward, color, step / 20);
    if (contrastRatio(mixed, bg) >= min) return mixed;
  }
  return toward;
}
