/** How deep lists and block quotes may nest: far beyond any readable post, far below a parser's stack. */
const MAX_BLOCK_NESTING = 24;

/**
 * The parser's work grows with the square of some counts per block (emphasis markers, brackets,
 * lines continued without their marker). The most each may sum to over a post's blocks: about a
 * second of parsing (bench/REPORT.md), a thousand times what the longest post needs.
 */
const MAX_SQUARED_WORK = 4_000_000;

interface BlockCounts {
  firstLine: number;
  emphasis: number;
  brackets: number;
  lazyLines: number;
}

const KINDS = [
  {
    key: 'emphasis',
    what: 'emphasis markers (*, _ or ~)',
    fix: 'escape markers that are not emphasis (\\* \\_), or put the text in a code block',
  },
  { key: 'brackets', what: 'brackets ([ and ])', fix: 'escape brackets that are not links (\\[ \\]), or put the text in a code block' },
  {
    key: 'lazyLines',
    what: 'lines that continue a quote or list item without its marker',
    fix: 'start each line of a quote with ">" and indent each line of a list item, or end the quote or item with a blank line',
  },
] as const;

const isListMarkerAt = (line: string, index: number): boolean => {
  const character = line.charAt(index);
  if ((character === '-' || character === '*' || character === '+') && /[ \t]/.test(line.charAt(index + 1))) return true;
  let end = index;
  while (line.charAt(end) >= '0' && line.charAt(end) <= '9') end += 1;
  return end > index && (line.charAt(end) === '.' || line.charAt(end) === ')') && /[ \t]/.test(line.charAt(end + 1));
};

/** How many levels of quotes and lists a line opens, and whether it starts in a container at all. */
function containerDepth(line: string): { depth: number; columns: number } {
  let depth = 0;
  let columns = 0;
  for (let index = 0; index < line.length; index += 1) {
    const character = line.charAt(index);
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += 4;
    else if (character === '>') depth += 1;
    else if (isListMarkerAt(line, index)) {
      depth += 1;
      while (line.charAt(index) >= '0' && line.charAt(index) <= '9') index += 1;
    } else break;
  }
  return { depth, columns };
}

/** Counts emphasis runs and brackets of one line, in one pass. */
function countMarkers(line: string, block: BlockCounts): void {
  let previous = '';
  for (const character of line) {
    if ((character === '*' || character === '_' || character === '~') && character !== previous) block.emphasis += 1;
    if (character === '[' || character === ']') block.brackets += 1;
    previous = character;
  }
}

/**
 * The first reason the parser must not be handed `body`, at its line (1-based, in the body),
 * found in one pass over its lines: nesting deeper than 24 levels, or markers that would make
 * parsing take seconds. A level per two columns of indentation over-counts code in lists, never
 * under-counts.
 * @example bodyBoundProblem('Some *text*.') // undefined
 */
export function bodyBoundProblem(body: string) {
  const lines = body.split('\n');
  const sums = { emphasis: 0, brackets: 0, lazyLines: 0 };
  const worst = { emphasis: { count: 0, line: 1 }, brackets: { count: 0, line: 1 }, lazyLines: { count: 0, line: 1 } };
  let block: BlockCounts | undefined;
  let inContainer = false;
  const closeBlock = () => {
    if (!block) return;
    for (const { key } of KINDS) {
      sums[key] += block[key] * block[key];
      if (block[key] > worst[key].count) worst[key] = { count: block[key], line: block.firstLine };
    }
    block = undefined;
  };
  for (const [index, line] of lines.entries()) {
    const { depth, columns } = containerDepth(line);
    if (depth + Math.floor(columns / 2) > MAX_BLOCK_NESTING) {
      return {
        line: index + 1,
        message: `it nests lists or quotes more than ${MAX_BLOCK_NESTING} levels deep`,
        fix: 'flatten the lists, quotes or elements: a reader cannot follow that many levels either',
      };
    }
    if (line.trim() === '') {
      closeBlock();
      inContainer = false;
      continue;
    }
    block ??= { firstLine: index + 1, emphasis: 0, brackets: 0, lazyLines: 0 };
    if (depth > 0) inContainer = true;
    else if (inContainer && columns === 0) block.lazyLines += 1;
    countMarkers(line, block);
  }
  closeBlock();
  for (const { key, what, fix } of KINDS) {
    if (sums[key] <= MAX_SQUARED_WORK) continue;
    return {
      line: worst[key].line,
      message: `the block at this line has ${worst[key].count} ${what}; with the post's other blocks that is more than the Markdown parser reads in a few seconds`,
      fix,
    };
  }
  return undefined;
}
