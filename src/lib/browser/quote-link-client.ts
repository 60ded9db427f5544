import { copyButton, type CopyMessages } from './copy-feedback';
import { quoteUrl, sectionIdBefore } from './text-fragment';
import { wordEnd, wordStart } from './word-snap';

/** Space between the button and the text it is placed against, in CSS pixels. */
const GAP = 6;

/**
 * The selection widened (or trimmed) to whole words, inside the text nodes where it starts
 * and ends: a text fragment only matches at word boundaries, so a quote cut mid-word would
 * find nothing. A selection of punctuation only collapses.
 */
function wholeWords(range: Range): Range {
  const snapped = range.cloneRange();
  const { startContainer: start, endContainer: end } = range;
  if (start instanceof Text) snapped.setStart(start, wordStart(start.data, range.startOffset));
  if (end instanceof Text) snapped.setEnd(end, wordEnd(end.data, range.endOffset));
  return snapped;
}

/**
 * Offers "copy link to this quote" beside a text selection in a post's prose. The button
 * exists only with JavaScript, sits right after the selected block in the DOM (placed above the
 * selection on screen), is the next Tab stop while a selection lasts, and copies the section's
 * address plus a text fragment of the selected whole words.
 */
export function enableQuoteLinks(root: Document, status: HTMLElement, label: string, messages: CopyMessages): void {
  let url = '';
  const button = copyButton(root, 'quote-link', label, () => url, status, messages);
  button.hidden = true;
  // The page's focus is usually <main> (it takes clicks), so Tab would start from its top:
  // while a quote is selected, Tab goes to the button first, once per selection, so that Tab
  // never cycles back to it (no keyboard trap).
  let isOffered = false;
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.shiftKey || button.hidden || isOffered || root.activeElement === button) return;
    isOffered = true;
    event.preventDefault();
    button.focus();
  });
  // Tabbing on after the selection was cleared takes the button with it.
  button.addEventListener('blur', () => (button.hidden = !!getSelection()?.isCollapsed));
  root.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
    const end = range?.endContainer;
    const block = (end instanceof Element ? end : end?.parentElement)?.closest('p,ul,ol,dl,blockquote,pre,table,.heading-wrapper');
    // Post text lives in .prose; the recap's highlight cards are sections beside it.
    const prose = block?.closest('.prose, .talk-section');
    const quote = range && prose && wholeWords(range);
    const found = quote && quoteUrl(location.href, sectionOf(prose, quote), quote.toString());
    const lines = quote ? [...quote.getClientRects()].filter((line) => line.width > 0) : [];
    const first = lines[0];
    const last = lines.at(-1);
    if (!found || !block || !first || !last) {
      if (root.activeElement !== button) button.hidden = true;
      return;
    }
    if (found !== url) isOffered = false;
    url = found;
    if (block.nextElementSibling !== button) block.after(button);
    button.hidden = false;
    // Above the selection's first line, so the button covers neither the selection nor the line
    // after it; when that would be above the window, below the line after the selection.
    const parent = (button.offsetParent ?? prose).getBoundingClientRect();
    const above = first.top - button.offsetHeight - GAP;
    const top = above >= 0 ? above : last.bottom + parseFloat(getComputedStyle(block).lineHeight) + GAP;
    button.style.top = `${top - parent.top}px`;
    button.style.left = `${Math.max(0, Math.min(first.left - parent.left, parent.width - button.offsetWidth))}px`;
  });
}

/** The id of the last heading before the selection, in the article that holds it. */
function sectionOf(prose: Element, range: Range): string | undefined {
  const headings = (prose.closest('article') ?? prose).querySelectorAll(':is(h2,h3,h4)[id]');
  return sectionIdBefore([...headings].map((heading) => ({ id: heading.id, precedes: range.comparePoint(heading, 0) < 0 })));
}
