import satori, { type Font, type SatoriNode } from 'satori';

/** A font size to try, with the most lines a text may take at that size. */
interface FitSize {
  fontSize: number;
  maxLines: number;
}

/** How a text is set on the card: the box it must stay inside and the sizes it may take. */
export interface FitBox {
  width: number;
  /** Largest first: the first size at which the whole text fits wins. */
  sizes: readonly FitSize[];
  /** As a multiple of the font size. */
  lineHeight: number;
  fontWeight: 400 | 700;
  fontFamily: string;
  letterSpacing?: number;
}

/** A text set to fit its box: the size, the text (ended with "…" only when it had to be cut). */
export interface FittedText {
  fontSize: number;
  text: string;
  lines: number;
}

type Style = Record<string, string | number>;
interface MeasureNode {
  type: 'div';
  key: string;
  props: { style: Style; children: MeasureNode[] | string };
}

/**
 * Where a line may break, as Satori breaks lines: after spaces and after hyphens, so that
 * "Plattform-Engineering" may wrap at its hyphen and "Plattformentwicklung" not at all.
 * @example breakSegments('Platform-API für alle') // ['Platform-', 'API', 'für', 'alle']
 */
export function breakSegments(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(/(?<=-)/))
    .filter((segment) => segment !== '');
}

/**
 * The ways to cut a text at a word boundary, longest first, each ended with "…" (punctuation
 * before the cut is dropped, so no "kcp:…").
 * @example shortenings('Ein langer Titel, hier') // ['Ein langer Titel…', 'Ein langer…', 'Ein…']
 */
export function shortenings(text: string): string[] {
  const words = text.trim().split(/\s+/);
  return words.slice(1).map((_, index) => `${withoutTrailingPunctuation(words.slice(0, words.length - 1 - index).join(' '))}…`);
}

const TRAILING_PUNCTUATION = new Set([...' ,.;:!?·–—-']);

function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** The height of each keyed text box, and the width of each keyed segment, as Satori lays them out. */
async function layout(nodes: MeasureNode[], box: FitBox, fonts: Font[]): Promise<Map<string, SatoriNode>> {
  const measured = new Map<string, SatoriNode>();
  const root: MeasureNode = {
    type: 'div',
    key: 'root',
    props: { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: `${box.width}px` }, children: nodes },
  };
  await satori(root as unknown as Parameters<typeof satori>[0], {
    width: box.width,
    height: 20_000,
    fonts,
    onNodeDetected: (node) => {
      if (typeof node.key === 'string') measured.set(node.key, node);
    },
  });
  return measured;
}

const textStyle = (box: FitBox, fontSize: number): Style => ({
  display: 'flex',
  flexShrink: 0,
  fontSize,
  lineHeight: box.lineHeight,
  fontWeight: box.fontWeight,
  fontFamily: box.fontFamily,
  ...(box.letterSpacing === undefined ? {} : { letterSpacing: box.letterSpacing }),
});

const linesOf = (node: SatoriNode | undefined, box: FitBox, fontSize: number) =>
  node ? Math.round(node.height / (fontSize * box.lineHeight)) : Number.POSITIVE_INFINITY;

// No glyph of Inter is wider than this many ems (its widest, "W" and "—", are about one):
// a shorter segment fits a line for sure and need not be measured.
const MAX_ADVANCE_EM = 1.25;

/** Whether every segment fits a line and the whole text its lines, at one size: one layout. */
async function fitsAt(text: string, segments: readonly string[], box: FitBox, size: FitSize, fonts: Font[]): Promise<number | undefined> {
  const doubtful = segments.filter((segment) => [...segment].length * size.fontSize * MAX_ADVANCE_EM > box.width);
  const measured = await layout(
    [
      { type: 'div', key: 'text', props: { style: { ...textStyle(box, size.fontSize), width: `${box.width}px` }, children: text } },
      ...doubtful.map((segment, position): MeasureNode => ({
        type: 'div',
        key: `segment-${position}`,
        props: { style: { ...textStyle(box, size.fontSize), whiteSpace: 'nowrap' }, children: segment },
      })),
    ],
    box,
    fonts,
  );
  const widest = Math.max(0, ...doubtful.map((_, position) => measured.get(`segment-${position}`)?.width ?? Number.POSITIVE_INFINITY));
  const lines = linesOf(measured.get('text'), box, size.fontSize);
  return widest <= box.width && lines <= size.maxLines ? lines : undefined;
}

/** The longest of `candidates` (whole text first, then cut ones) that fits at `size`, words too long for a line broken. */
async function firstThatFits(candidates: readonly string[], box: FitBox, size: FitSize, fonts: Font[]): Promise<FittedText> {
  const broken = await layout(
    candidates.map((candidate, index) => ({
      type: 'div',
      key: `candidate-${index}`,
      props: { style: { ...textStyle(box, size.fontSize), width: `${box.width}px`, overflowWrap: 'anywhere' }, children: candidate },
    })),
    box,
    fonts,
  );
  for (const [index, candidate] of candidates.entries()) {
    const lines = linesOf(broken.get(`candidate-${index}`), box, size.fontSize);
    if (lines <= size.maxLines) return { fontSize: size.fontSize, text: candidate, lines };
  }
  return { fontSize: size.fontSize, text: candidates.at(-1) ?? '', lines: size.maxLines };
}

const fitted = new WeakMap<FitBox, Map<string, Promise<FittedText>>>();

/**
 * Sets `text` in `box` without ever running outside it: at the largest size where every word
 * fits the width and the text its lines; failing every size, at the smallest, with words too
 * long for a line broken and the text cut at a word boundary with "…" only when it must be.
 * Measured by Satori itself, with the card's fonts, so the card is laid out exactly so; each
 * text once per box (kickers and event lines repeat on every card).
 */
export function fitText(text: string, box: FitBox, fonts: Font[]): Promise<FittedText> {
  const known = fitted.get(box) ?? new Map<string, Promise<FittedText>>();
  fitted.set(box, known);
  const cached = known.get(text);
  if (cached) return cached;
  const result = fitUncached(text, box, fonts);
  known.set(text, result);
  return result;
}

async function fitUncached(text: string, box: FitBox, fonts: Font[]): Promise<FittedText> {
  const segments = breakSegments(text);
  for (const size of box.sizes) {
    const lines = await fitsAt(text, segments, box, size, fonts);
    if (lines !== undefined) return { fontSize: size.fontSize, text, lines };
  }
  const last = box.sizes.at(-1);
  if (last === undefined) throw new Error('fitText needs at least one size');
  return firstThatFits([text, ...shortenings(text)], box, last, fonts);
}
