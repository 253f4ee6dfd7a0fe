import type { RoleId } from '../../content/schema.ts';
import type { Stage } from '../../core/index.ts';
import {
  BLOCKER_KEYS,
  CONFIDENCE_KEYS,
  MEASURE_KIND_KEYS,
  STAGE_KEYS,
  severityKey,
} from '../textKeys.ts';
import type { Translator } from '../translator.ts';
import { button, el, withSecond } from '../ui/dom.ts';
import { keyboardScrollable } from '../ui/scrollRegion.ts';
import type { MeasureCardView, PlayView, RoleView, SignView } from './view.ts';

/** What the builders need to turn ids into words and intents into actions. */
export interface RoomContext {
  readonly words: Translator;
  /** This round's instruction in the tutorial, if any. */
  readonly tutorialStep: string | null;
  readonly take: (role: RoleId, measure: string) => void;
  readonly withdraw: (role: RoleId, measure: string) => void;
  readonly selectRole: (role: RoleId) => void;
  /** Signs arriving now: they animate in once (the "new" label stays all round). */
  readonly arriving: ReadonlySet<number>;
  /** The measure the player has just taken or withdrawn, animated once. */
  readonly justPlayed: { readonly measure: string; readonly taken: boolean } | null;
}

/** Buttons keep a stable focus key, so re-rendering never loses the player's place. */
function focusable<T extends HTMLElement>(element: T, key: string): T {
  element.dataset.focusKey = key;
  return element;
}

export function stageLabel(ctx: RoomContext, stage: Stage): string {
  return ctx.words.ui('play.stage', { stage, name: ctx.words.text(STAGE_KEYS[stage].name) });
}

export function buildCalendar(ctx: RoomContext, view: PlayView): HTMLElement {
  const t = ctx.words.ui;
  const list = el('ol', { className: 'calendar-rounds' });
  for (let round = 1; round <= view.rounds; round++) {
    const known = view.calendar.some((entry) => entry.round === round);
    const state = round < view.round ? 'past' : round === view.round ? 'current' : 'future';
    const item = el('li', { className: `calendar-round ${state}` }, [
      el('span', { className: 'calendar-number', textContent: String(round) }),
      ...(known ? [el('span', { className: 'calendar-mark', textContent: '◆' })] : []),
    ]);
    if (state === 'current') item.setAttribute('aria-current', 'step');
    list.append(item);
  }
  // Names of known events are written out below, where they have room to be read.
  const upcoming = view.calendar.filter((entry) => entry.round >= view.round).slice(0, 3);
  const next = el('p', { className: 'calendar-upcoming' }, [
    el('strong', { textContent: `${t('play.comingUp')} ` }),
    upcoming.length > 0
      ? upcoming
          .map((entry) =>
            t('play.eventIn', {
              round: entry.round,
              name: ctx.words.about(entry.trigger, entry.nameKey),
            }),
          )
          .join(' · ')
      : t('play.nothingAnnounced'),
  ]);
  const section = el('section', { className: 'calendar' }, [
    el('h2', { className: 'visually-hidden', textContent: t('play.calendar') }),
    list,
    next,
  ]);
  section.setAttribute('aria-label', t('play.calendar'));
  return section;
}

function signItem(ctx: RoomContext, sign: SignView): HTMLElement {
  const t = ctx.words.ui;
  const percent = Math.round(sign.confidence * 100);
  const severity = sign.severity === null ? null : severityKey(sign.severity);
  const meter = el('span', { className: `confidence-bar ${sign.clarity}` }, [
    el('span', { className: 'confidence-fill' }),
  ]);
  meter.style.setProperty('--confidence', `${String(percent)}%`);
  meter.setAttribute('aria-hidden', 'true');
  const arriving = ctx.arriving.has(sign.uid) ? ' arriving' : '';
  const item = el('li', { className: `sign-item clarity-${sign.clarity}${arriving}` }, [
    el('h3', { className: 'sign-name' }, [
      ...(sign.fresh
        ? [el('span', { className: 'new-badge', textContent: t('play.newSign') })]
        : []),
      ctx.words.about(sign.id, sign.nameKey),
    ]),
    el('p', {
      className: 'sign-detail',
      textContent: ctx.words.about(sign.id, sign.descriptionKey),
    }),
    el('p', { className: 'sign-facts' }, [
      ...(severity === null
        ? []
        : [el('strong', { textContent: ctx.words.text(severity) }), ' · ']),
      meter,
      t(CONFIDENCE_KEYS[sign.clarity], { percent: ctx.words.number(percent) }),
      ' · ',
      t('play.seenIn', { round: sign.seenFrom }),
      ...(sign.responded ? [' · ', el('strong', { textContent: t('play.responded') })] : []),
    ]),
  ]);
  if (arriving) {
    const order = [...ctx.arriving].indexOf(sign.uid);
    item.style.setProperty('--delay', `${String(order * 150)}ms`);
  }
  return item;
}

export function buildFeed(ctx: RoomContext, view: PlayView): HTMLElement {
  const t = ctx.words.ui;
  const signs =
    view.signs.length > 0
      ? el(
          'ul',
          { className: 'sign-list' },
          view.signs.map((sign) => signItem(ctx, sign)),
        )
      : el('p', { className: 'empty-note', textContent: t('play.noSigns') });
  const inPlay =
    view.inPlay.length > 0
      ? el(
          'ul',
          { className: 'in-play-list' },
          view.inPlay.map((instance) => {
            const measure = view.roles
              .flatMap((role) => role.cards)
              .find((card) => card.measure.id === instance.id)?.measure;
            const status =
              instance.status === 'pending'
                ? t('play.pendingFrom', { round: instance.activeFrom })
                : t('play.inEffect');
            const added = ctx.justPlayed?.taken && ctx.justPlayed.measure === instance.id;
            return el('li', { className: added ? 'just-added' : '' }, [
              el('strong', {
                textContent: measure ? ctx.words.text(measure.nameKey) : instance.id,
              }),
              ` · ${status}`,
            ]);
          }),
        )
      : el('p', { className: 'empty-note', textContent: t('play.nothingInPlay') });
  const step = ctx.tutorialStep;
  const section = el('section', { className: 'feed' }, [
    ...(step
      ? [
          el('div', { className: 'tutorial-step' }, [
            el('h2', { textContent: t('play.tutorialStep') }),
            el('p', { textContent: step }),
          ]),
        ]
      : []),
    el('h2', { textContent: t('play.signsHeading') }),
    signs,
    el('h2', { textContent: t('play.inPlayHeading') }),
    inPlay,
  ]);
  section.setAttribute('aria-label', t('play.signsHeading'));
  section.tabIndex = 0;
  return section;
}

function durationText(ctx: RoomContext, card: MeasureCardView): string {
  const t = ctx.words.ui;
  const { delay, duration } = card.measure;
  const start = delay === 0 ? t('card.startsNow') : t('card.startsAfter', { count: delay });
  const length = duration === 0 ? t('card.lastsForever') : t('card.lasts', { count: duration });
  return `${start} · ${length}`;
}

function cardAction(ctx: RoomContext, role: RoleId, card: MeasureCardView): HTMLElement[] {
  const t = ctx.words.ui;
  const id = card.measure.id;
  const name = ctx.words.text(card.measure.nameKey);
  switch (card.status) {
    case 'available': {
      const take = focusable(
        button('card-button', t('card.take', { count: card.measure.cost })),
        `take-${id}`,
      );
      // Named by what it shows (WCAG 2.5.3), described by the card's heading.
      take.setAttribute('aria-describedby', `card-${id}`);
      take.addEventListener('click', () => {
        ctx.take(role, id);
      });
      return [take];
    }
    case 'pending': {
      const parts: HTMLElement[] = [
        el('p', {
          className: 'card-status',
          textContent: t('play.pendingFrom', { round: card.activeFrom ?? 0 }),
        }),
      ];
      if (card.canWithdraw) {
        const withdraw = focusable(
          button('card-button secondary', t('card.withdraw')),
          `withdraw-${id}`,
        );
        withdraw.setAttribute('aria-label', t('card.withdrawNamed', { name }));
        withdraw.addEventListener('click', () => {
          ctx.withdraw(role, id);
        });
        parts.push(withdraw);
      }
      return parts;
    }
    case 'active':
      return [el('p', { className: 'card-status', textContent: t('play.inEffect') })];
    case 'ended':
      return [el('p', { className: 'card-status', textContent: t('card.ended') })];
    case 'blocked':
      return [
        el('p', {
          className: 'card-status blocked',
          textContent: t(BLOCKER_KEYS[card.blocker ?? 'finished']),
        }),
      ];
  }
}

function measureCard(ctx: RoomContext, role: RoleId, card: MeasureCardView): HTMLElement {
  const t = ctx.words.ui;
  const { measure } = card;
  const headingId = `card-${measure.id}`;
  const played =
    ctx.justPlayed?.measure === measure.id
      ? ctx.justPlayed.taken
        ? ' just-taken'
        : ' just-withdrawn'
      : '';
  const article = el('article', { className: `measure-card status-${card.status}${played}` }, [
    withSecond(
      el('h3', {
        id: headingId,
        className: 'card-name',
        textContent: ctx.words.text(measure.nameKey),
      }),
      ctx.words.secondText(measure.nameKey),
    ),
    el('p', { className: 'card-facts' }, [
      el('span', {
        className: `kind-badge kind-${measure.kind}`,
        textContent: ctx.words.text(MEASURE_KIND_KEYS[measure.kind].name),
      }),
      ` ${t('card.cost', { count: measure.cost })} · ${durationText(ctx, card)}`,
    ]),
    keyboardScrollable(
      el('div', { className: 'card-body' }, [
        withSecond(
          el('p', { className: 'card-text', textContent: ctx.words.text(measure.descriptionKey) }),
          ctx.words.secondText(measure.descriptionKey),
        ),
        ...(measure.hintKey
          ? [el('p', { className: 'card-hint', textContent: ctx.words.text(measure.hintKey) })]
          : []),
        el('p', {
          className: 'card-cite',
          textContent: t('card.cites', {
            paragraphs: measure.cites.map((n) => `¶${String(n)}`).join(', '),
          }),
        }),
      ]),
      { labelledBy: headingId },
    ),
    el('div', { className: 'card-actions' }, cardAction(ctx, role, card)),
  ]);
  article.setAttribute('aria-labelledby', headingId);
  return el('li', {}, [article]);
}

export function buildRoles(ctx: RoomContext, view: PlayView, selected: RoleId): HTMLElement {
  const t = ctx.words.ui;
  const tabs = el('div', { className: 'role-tabs' });
  tabs.setAttribute('role', 'tablist');
  tabs.setAttribute('aria-label', t('play.rolesLabel'));
  const current: RoleView | undefined =
    view.roles.find((role) => role.id === selected) ?? view.roles[0];
  view.roles.forEach((role, index) => {
    const tab = focusable(
      el('button', { type: 'button', className: 'role-tab', id: `tab-${role.id}` }),
      `tab-${role.id}`,
    );
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(role.id === current?.id));
    tab.setAttribute('aria-controls', 'role-panel');
    tab.tabIndex = role.id === current?.id ? 0 : -1;
    tab.append(
      el('span', { className: 'role-key', textContent: String(index + 1) }),
      el('span', { className: 'role-name', textContent: ctx.words.text(role.nameKey) }),
      el('span', {
        className: `role-points${ctx.justPlayed && role.id === current?.id ? ' points-changed' : ''}`,
        textContent: t('play.points', { left: role.capacityLeft, total: role.capacity }),
      }),
    );
    tab.addEventListener('click', () => {
      ctx.selectRole(role.id);
    });
    tabs.append(tab);
  });
  // Arrow keys move between tabs, as screen-reader users expect of a tab list.
  tabs.addEventListener('keydown', (event) => {
    const keys =
      document.documentElement.dir === 'rtl'
        ? ['ArrowLeft', 'ArrowRight']
        : ['ArrowRight', 'ArrowLeft'];
    const step = event.key === keys[0] ? 1 : event.key === keys[1] ? -1 : 0;
    if (step === 0 || !current) return;
    const index = view.roles.findIndex((role) => role.id === current.id);
    const next = view.roles[(index + step + view.roles.length) % view.roles.length];
    if (next) ctx.selectRole(next.id);
    event.preventDefault();
  });

  const panel = el('div', { className: 'role-panel', id: 'role-panel' });
  panel.setAttribute('role', 'tabpanel');
  if (current) {
    panel.setAttribute('aria-labelledby', `tab-${current.id}`);
    panel.append(
      el(
        'ul',
        { className: 'card-list' },
        current.cards.map((card) => measureCard(ctx, current.id, card)),
      ),
    );
  }
  return el('section', { className: 'roles' }, [tabs, panel]);
}
