/**
 * Marks the table-of-contents link of the section being read with `aria-current`, so sighted
 * and screen-reader users alike know where they are. Without the script the links still work.
 */
export function markCurrentSection(root: Document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const targets = links.flatMap((link) => {
    const target = root.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  if (targets.length === 0 || !('IntersectionObserver' in window)) return;
  const visible = new Set<Element>();
  const update = () => {
    const current = targets.find(({ target }) => visible.has(target)) ?? undefined;
    for (const { link } of targets) {
      if (current && link === current.link) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      update();
    },
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const { target } of targets) observer.observe(target);
}
