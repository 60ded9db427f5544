import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { EVENT, SITE_TITLE } from '../../site';
import type { PostData } from '../content/post-schema';
import { SHARE_CARD_SUBSETS } from './glyphs';

/** What a share image shows, already in the post's language. */
export type ShareCard = ReturnType<typeof shareCardOf>;

/**
 * What a post's share card says, in the post's language: its title, the session line ("Talk ·
 * Building a Platform Engineering API Layer with kcp"), the event line ("KubeCon +
 * CloudNativeCon Europe 2024 · Paris") and the red kicker above the title, as posts have it
 * ("Highlight · KubeCon Europe 2024").
 */
export function shareCardOf(data: PostData, locale: Locale) {
  const t = useTranslations(locale);
  const label = { recap: t('home.recap'), highlight: t('home.highlight'), 'follow-up': t('home.followUp') }[data.type];
  return {
    title: data.title,
    session: data.type === 'highlight' ? `${t(`talk.kind.${data.talk.kind}`)} · ${data.talk.title}` : undefined,
    event: `${EVENT.name} · ${t('event.place')}`,
    kicker: `${label} · ${EVENT.shortName}`,
  };
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The site's light colours (src/styles/tokens.css): paper ground, ink text, the blue accent
 * and the red kicker. A card is a picture in someone else's page, so it has one scheme.
 */
export const SHARE_CARD_COLOURS = {
  paper: '#faf9f6',
  ink: '#1a1d23',
  muted: '#535b68',
  accent: '#2b45c2',
  onAccent: '#ffffff',
  kicker: '#b0302a',
} as const;

/** The card's grid, in pixels: the text column and the blue band at the foot. */
export const SHARE_CARD_LAYOUT = { marginInline: 72, marginTop: 56, bandHeight: 96 } as const;
const TEXT_WIDTH = SHARE_IMAGE_SIZE.width - 2 * SHARE_CARD_LAYOUT.marginInline;

/** The font families of the card: one per Inter subset, since Satori does not merge files of one family. */
export const SHARE_CARD_FONT_FAMILIES = SHARE_CARD_SUBSETS.map((subset) => `Inter ${subset}`);

type Style = Record<string, string | number>;

/** An element of the card as Satori reads it: plain data, so a worker thread can draw it. */
export interface CardNode {
  type: 'div';
  props: { style: Style; children: (CardNode | string)[] | string };
}

const box = (style: Style, children: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/**
 * A text that stays inside the column whatever it holds: it wraps, breaks a word longer than
 * a line, and ends with "…" after `lines` lines (Satori's lineClamp).
 */
const clampedText = (text: string, fontSize: number, lines: number, style: Style): CardNode => ({
  type: 'div',
  props: {
    style: { display: 'block', width: `${TEXT_WIDTH}px`, fontSize, lineClamp: lines, overflowWrap: 'anywhere', ...style },
    children: text,
  },
});

/**
 * The title's size: the largest at which a title of its length usually fits three lines
 * (Inter Bold sets about 27 characters a line at 68 px), smaller and four lines for the longest
 * the schema allows. lineClamp keeps whatever still does not fit inside the column.
 * @example titleSize('Trustworthy SBOMs') // { fontSize: 68, lines: 3 }
 */
export function titleSize(title: string): { fontSize: number; lines: number } {
  const length = [...title].length;
  if (length <= 60) return { fontSize: 68, lines: 3 };
  if (length <= 80) return { fontSize: 60, lines: 3 };
  return { fontSize: 50, lines: 4 };
}

/** The site's mark, as its header shows it: "EU 24" on the blue square. */
const siteMark = (): CardNode =>
  box(
    {
      width: '64px',
      height: '64px',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      borderRadius: '12px',
      background: SHARE_CARD_COLOURS.accent,
      color: SHARE_CARD_COLOURS.onAccent,
      fontSize: 20,
      fontWeight: 700,
      lineHeight: 1.05,
      letterSpacing: 1,
    },
    [box({}, 'EU'), box({}, '24')],
  );

/** Where the card's text block sits: between the site's name and the band, the width of the column. */
export const TEXT_BOX = {
  left: SHARE_CARD_LAYOUT.marginInline,
  top: SHARE_CARD_LAYOUT.marginTop + 64,
  width: TEXT_WIDTH,
  height: SHARE_IMAGE_SIZE.height - SHARE_CARD_LAYOUT.marginTop - 64 - SHARE_CARD_LAYOUT.bandHeight,
} as const;

const FONT_FAMILY = SHARE_CARD_FONT_FAMILIES.join(', ');

/**
 * What every card of a language shares, drawn once: the paper, the site's mark and name, and
 * the event line on the blue band at the foot.
 */
export function cardBackground(card: ShareCard): CardNode {
  const { marginInline, marginTop, bandHeight } = SHARE_CARD_LAYOUT;
  return box(
    {
      width: `${SHARE_IMAGE_SIZE.width}px`,
      height: `${SHARE_IMAGE_SIZE.height}px`,
      flexDirection: 'column',
      background: SHARE_CARD_COLOURS.paper,
      color: SHARE_CARD_COLOURS.ink,
      fontFamily: FONT_FAMILY,
    },
    [
      box({ flexDirection: 'column', flexGrow: 1, padding: `${marginTop}px ${marginInline}px 0` }, [
        box({ alignItems: 'center', gap: '20px' }, [siteMark(), box({ fontSize: 28, fontWeight: 700 }, SITE_TITLE)]),
      ]),
      box(
        {
          height: `${bandHeight}px`,
          flexShrink: 0,
          alignItems: 'center',
          padding: `0 ${marginInline}px`,
          background: SHARE_CARD_COLOURS.accent,
          color: SHARE_CARD_COLOURS.onAccent,
        },
        [clampedText(card.event, 28, 1, { fontWeight: 700, lineHeight: 1.2 })],
      ),
    ],
  );
}

/**
 * What is the card's own, like a post's first screen: the red kicker, the title and the
 * session, centred in `TEXT_BOX`, whose ground is plain paper: drawn on it and copied into the background.
 */
export function cardText(card: ShareCard): CardNode {
  const title = titleSize(card.title);
  return box(
    {
      width: `${TEXT_BOX.width}px`,
      height: `${TEXT_BOX.height}px`,
      flexDirection: 'column',
      justifyContent: 'center',
      paddingBottom: '24px',
      color: SHARE_CARD_COLOURS.ink,
      fontFamily: FONT_FAMILY,
    },
    [
      clampedText(card.kicker.toUpperCase(), 22, 1, {
        fontWeight: 700,
        lineHeight: 1.2,
        letterSpacing: 2,
        color: SHARE_CARD_COLOURS.kicker,
        marginBottom: '14px',
      }),
      clampedText(card.title, title.fontSize, title.lines, { fontWeight: 700, lineHeight: 1.12, color: SHARE_CARD_COLOURS.ink }),
      ...(card.session
        ? [clampedText(card.session, 28, 2, { fontWeight: 400, lineHeight: 1.3, color: SHARE_CARD_COLOURS.muted, marginTop: '18px' })]
        : []),
    ],
  );
}
