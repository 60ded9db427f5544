import type { Locale } from '../src/i18n/locales';
import { translationSourceHashOfFile } from '../src/lib/content/translations/translation-hash';
import { stampTranslation } from '../src/lib/content/translations/translation-stamp';

const WORDS = (
  'cluster pipeline manifest render validate schema supply chain attest module function engine workflow ' +
  'platform team review commit deploy argo helm kustomize policy security community maintainer release ' +
  'artifact provenance signature namespace controller operator workspace tenant latency budget build'
).split(' ');

/** A deterministic paragraph of `count` words, so that every run measures the same corpus. */
function paragraph(seed: number, count: number): string {
  const words = Array.from({ length: count }, (_, index) => WORDS[(seed * 7 + index * 13) % WORDS.length] ?? 'word');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * One synthetic highlight post in the schema's real form: talk metadata, about 800 words,
 * four h2 sections, a list, a fenced code block and a link.
 */
export function syntheticPost(index: number, locale: Locale): string {
  // The English file is a checked translation, as on the real site: no warning per post.
  if (locale === 'en') {
    const hash = translationSourceHashOfFile(unstampedPost(index, 'de'));
    if (hash === undefined) throw new Error(`synthetic post ${index}: the German original has no front matter to hash`);
    return stampTranslation(unstampedPost(index, 'en'), hash);
  }
  return unstampedPost(index, locale);
}

function unstampedPost(index: number, locale: Locale): string {
  const id = `synthetic-${String(index).padStart(4, '0')}`;
  const sections = [0, 1, 2, 3].map((section) => {
    const seed = index * 4 + section;
    return [
      `## ${locale === 'de' ? 'Abschnitt' : 'Section'} ${section + 1} {#section-${section + 1}}`,
      '',
      paragraph(seed, 90),
      '',
      paragraph(seed + 1, 90),
    ].join('\n');
  });
  return `---
type: "highlight"
title: "${locale === 'de' ? 'Synthetischer Beitrag' : 'Synthetic post'} ${index}"
description: "A synthetic post for the build benchmark, generated with the schema's real fields."
pubDate: 2024-04-08
talkId: "${id}"
summary: "${paragraph(index, 30)}"
topics: ["kubernetes", "ci-cd"]
talk:
  title: "Benchmark Session ${index}"
  kind: "talk"
  speakers:
    - name: "Ada Example"
      affiliation: "Example Org"
  links:
    project: "https://kubernetes.io"
    video: ""
---
${paragraph(index, 40)}

${sections[0]}

- ${paragraph(index + 5, 8)}
- ${paragraph(index + 6, 8)}
- ${paragraph(index + 7, 8)}

${sections[1]}

\`\`\`yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${id}
spec:
  replicas: 3
\`\`\`

${sections[2]}

See [the kcp project](https://kcp.io) for more.

${sections[3]}
`;
}

/** The slug of synthetic post `index`. */
export function syntheticSlug(index: number): string {
  return `synthetic-${String(index).padStart(4, '0')}`;
}
