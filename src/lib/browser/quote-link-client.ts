import { copyButton, type CopyMessages } from './copy-feedback';
import { quoteUrl, sectionIdBefore } from './text-fragment';
import { wordEnd, wordStart } from './word-snap';

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
 * Offers "copy link to this quote" while prose is selected: a button right after the selected
 * block (the next Tab stop) that copies the section's address with a text fragment of the
 * selected whole words.
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
    const box = quote?.getBoundingClientRect();
    if (!found || !block || !box?.height) {
      if (root.activeElement !== button) button.hidden = true;
      return;
    }
    if (found !== url) isOffered = false;
    url = found;
    if (block.nextElementSibling !== button) block.after(button);
    button.hidden = false;
    // At the window's edge away from the selection (reading-tools.css): clear of the text around
    // it and of the Copy/Share menu a phone shows next to a selection.
    button.dataset.edge = box.top + box.bottom > innerHeight ? 'top' : 'bottom';
  });
}

/** The id of the last heading before the selection, in the article that holds it. */
function sectionOf(prose: Element, range: Range): string | undefined {
  const headings = (prose.closest('article') ?? prose).querySelectorAll(':is(h2,h3,h4)[id]');
  return sectionIdBefore([...headings].map((heading) => ({ id: heading.id, precedes: range.comparePoint(heading, 0) < 0 })));
}
