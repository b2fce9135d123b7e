/**
 * The branding accent as colours safe to print into CSS and readable on both schemes. The
 * accent is typed by an editor, so it is parsed strictly (only #rgb / #rrggbb ever reach a
 * stylesheet) and nudged until it has WCAG AA contrast with the paper it sits on.
 */
export const DEFAULT_ACCENT = '#b0151e';

/** Light-scheme paper and the dark scheme's card colour (see email-styles.ts / web-styles.ts). */
export const LIGHT_PAPER = '#ffffff';
export const DARK_PAPER = '#1e1e1e';

export interface AccentPalette {
  /** For links and rules on white. */
  light: string;
  /** For links and rules on the dark card. */
  dark: string;
}

type Rgb = [number, number, number];

export function accentPalette(accent: string): AccentPalette {
  const base = parseHex(accent) ?? parseHex(DEFAULT_ACCENT)!;
  return {
    light: toHex(withContrast(base, parseHex(LIGHT_PAPER)!, [0, 0, 0])),
    dark: toHex(withContrast(base, parseHex(DARK_PAPER)!, [255, 255, 255])),
  };
}

function parseHex(value: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const hex =
    match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** Mixes the colour toward `target` in 10 % steps until it reads at 4.5:1 on `paper`. */
function withContrast(colour: Rgb, paper: Rgb, target: Rgb): Rgb {
  let mixed = colour;
  for (let step = 1; step <= 10 && contrast(mixed, paper) < 4.5; step++) {
    mixed = colour.map((channel, i) => channel + (target[i]! - channel) * (step / 10)) as Rgb;
  }
  return mixed;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
