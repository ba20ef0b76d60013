import type { KeyboardEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { MessageKey } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';

/**
 * The production page's sections, each with its own address: `/productions/{id}?tab={tab}`. A query rather than a
 * path segment, so that changing the section keeps the page (and the keyboard focus on the tabs).
 */
export const PRODUCTION_TABS = ['plan', 'feedback', 'video', 'quality', 'launch'] as const;
export type ProductionTab = (typeof PRODUCTION_TABS)[number];

export function isProductionTab(value: string | undefined): value is ProductionTab {
  return (PRODUCTION_TABS as readonly string[]).includes(value ?? '');
}

/** The address of one section of a production. */
export function productionTabPath(moocId: string, tab: ProductionTab): string {
  return `/productions/${encodeURIComponent(moocId)}?tab=${tab}`;
}

/** The section an address names; the plan when it names none (or one that does not exist). */
export function tabOf(search: URLSearchParams): ProductionTab {
  const tab = search.get('tab') ?? undefined;
  return isProductionTab(tab) ? tab : 'plan';
}

const TAB_LABEL: Record<ProductionTab, MessageKey> = {
  plan: 'productionTabs.plan',
  feedback: 'productionTabs.feedback',
  video: 'productionTabs.video',
  quality: 'productionTabs.quality',
  launch: 'productionTabs.launch',
};

export const tabId = (tab: ProductionTab) => `production-tab-${tab}`;
export const panelId = (tab: ProductionTab) => `production-panel-${tab}`;

/**
 * The sections as tabs (the WAI-ARIA tabs pattern with automatic activation): each tab is a link to the section's
 * address, so it can be bookmarked and opened in a new window; the arrow keys, Home and End move between them and
 * open the section, and only the chosen tab is in the Tab order. `extra` adds a short note to a tab's name (e.g.
 * how many gates are not met), which is part of its accessible name.
 */
export function ProductionTabs({
  moocId,
  active,
  extra = {},
}: {
  moocId: string;
  active: ProductionTab;
  extra?: Partial<Record<ProductionTab, string>>;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();

  function onKeyDown(e: KeyboardEvent<HTMLAnchorElement>) {
    const i = PRODUCTION_TABS.indexOf(active);
    const last = PRODUCTION_TABS.length - 1;
    const next =
      e.key === 'ArrowRight' ? (i === last ? 0 : i + 1)
      : e.key === 'ArrowLeft' ? (i === 0 ? last : i - 1)
      : e.key === 'Home' ? 0
      : e.key === 'End' ? last
      : null;
    if (next === null) return;
    e.preventDefault();
    const tab = PRODUCTION_TABS[next];
    // Moving along the tabs should not fill the history with every key press.
    navigate(productionTabPath(moocId, tab), { replace: true });
    document.getElementById(tabId(tab))?.focus();
  }

  return (
    <div className="production-tabs" role="tablist" aria-label={t('productionTabs.label')} data-testid="production-tabs">
      {PRODUCTION_TABS.map((tab) => {
        const selected = tab === active;
        return (
          <Link
            key={tab}
            id={tabId(tab)}
            role="tab"
            to={productionTabPath(moocId, tab)}
            aria-selected={selected}
            aria-controls={panelId(tab)}
            tabIndex={selected ? 0 : -1}
            className={`production-tab${selected ? ' production-tab-active' : ''}`}
            onKeyDown={onKeyDown}
            data-testid={`production-tab-${tab}`}
          >
            {extra[tab] ? `${t(TAB_LABEL[tab])} ` : t(TAB_LABEL[tab])}
            {extra[tab] && <span className="production-tab-note">{extra[tab]}</span>}
          </Link>
        );
      })}
    </div>
  );
}

/**
 * One section's panel. Every panel is in the page (so each tab's aria-controls names an element), but only the
 * chosen one has content; the others are hidden and empty, so their data is read only when they are opened.
 */
export function ProductionTabPanel({ tab, active, children }: { tab: ProductionTab; active: ProductionTab; children: () => ReactNode }) {
  const selected = tab === active;
  return (
    <div
      id={panelId(tab)}
      role="tabpanel"
      aria-labelledby={tabId(tab)}
      tabIndex={0}
      hidden={!selected}
      className="production-panel"
      data-testid={`production-panel-${tab}`}
    >
      {selected && children()}
    </div>
  );
}
