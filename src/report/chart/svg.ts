/** Small helpers to write SVG as text: every string that reaches the output goes through `esc`. */

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A coordinate with at most one decimal, without trailing zeros: stable text, small files. */
export function num(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export type Attrs = Record<string, string | number | undefined>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v!)}"`)
    .join('');
}

export function el(tag: string, a: Attrs, children = ''): string {
  return children === '' && tag !== 'text' && tag !== 'title' ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

export function title(text: string): string {
  return `<title>${esc(text)}</title>`;
}

/** Text width estimate for layout (no font metrics offline): wide glyphs (Hangul, CJK) count double. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1.0 : 0.56;
  return units * fontSize;
}
