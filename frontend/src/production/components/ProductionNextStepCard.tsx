import { Link } from 'react-router-dom';
import { NextStepCard } from '../../proposals/components/NextStepCard';
import type { CurrentUser } from '../../shared/auth/roles';
import { formatDate } from '../../shared/i18n/format';
import type { MessageKey, Params } from '../../shared/i18n/translate';
import { useI18n } from '../../shared/i18n/useI18n';
import { useBookings, useFeedback } from '../api/productionQueries';
import type { Production } from '../api/productionTypes';
import { formatMilestoneName, formatOwner, formatRound } from '../i18n/productionFormat';
import { productionTabPath, type ProductionTab } from './ProductionTabs';
import { productionNextStep, type ProductionActor, type ProductionStep } from './productionNextStep';

type Translate = (key: MessageKey, params?: Params) => string;

const ACTOR: Record<ProductionActor, MessageKey> = {
  you: 'productionNext.who.you',
  instructor: 'milestone.owner.INSTRUCTOR',
  consultant: 'productionNext.who.consultant',
  instructorOrConsultant: 'productionNext.who.instructorOrConsultant',
  medialab: 'milestone.owner.MEDIALAB',
  studyBoard: 'milestone.owner.STUDY_BOARD',
  colleague: 'productionNext.who.colleague',
  nobody: 'productionNext.who.nobody',
};

const GO: Record<ProductionTab, MessageKey> = {
  plan: 'productionNext.go.plan',
  feedback: 'productionNext.go.feedback',
  video: 'productionNext.go.video',
  quality: 'productionNext.go.quality',
  launch: 'productionNext.go.launch',
};

/** The step as a sentence written to the reader ("You agree the plan next."). */
export function describeProductionStep(t: Translate, locale: string, s: ProductionStep): string {
  const mine = s.actor === 'you';
  const whose = mine ? 'mine' : 'other';
  const n = (count: number) => (count === 1 ? 'one' : 'other');
  const count = (c: number) => new Intl.NumberFormat(locale).format(c);
  switch (s.kind) {
    case 'agreePlan':
    case 'acceptDates':
    case 'recordUserTest':
    case 'decideApproval':
    case 'launch':
      return t(`productionNext.${s.kind}.${whose}` as MessageKey);
    case 'milestone': {
      const params = {
        name: formatMilestoneName(t, s.milestone),
        due: formatDate(locale, s.milestone.dueDate),
        owner: formatOwner(t, s.milestone.owner),
      };
      return t(`productionNext.milestone.${whose}${s.milestone.overdue ? 'Overdue' : ''}` as MessageKey, params);
    }
    case 'inviteColleague':
    case 'closeRound':
      return t(`productionNext.${s.kind}.${whose}` as MessageKey, { round: formatRound(t, s.round) });
    case 'giveFeedback':
      return t(`productionNext.giveFeedback.${whose}` as MessageKey, { round: formatRound(t, s.round), name: s.colleague || t(ACTOR.colleague) });
    case 'answerComments':
      return t(`productionNext.answerComments.${whose}.${n(s.count)}` as MessageKey, { round: formatRound(t, s.round), count: count(s.count) });
    case 'confirmBooking':
    case 'maintenance':
      return t(`productionNext.${s.kind}.${whose}.${n(s.count)}` as MessageKey, { count: count(s.count) });
    case 'requestApproval':
      return t(mine && s.declined ? 'productionNext.requestApproval.mineDeclined' : `productionNext.requestApproval.${whose}`);
    case 'gatesOpen':
      return t(`productionNext.gatesOpen.${n(s.count)}` as MessageKey, { count: count(s.count) });
    case 'launched':
    case 'retired':
      return t(`productionNext.${s.kind}`);
  }
}

/** Who takes the step, in words (the card's `who`); a milestone names its owner. */
function whoTakes(t: Translate, s: ProductionStep): string {
  return s.kind === 'milestone' && s.actor !== 'you' ? formatOwner(t, s.milestone.owner) : t(ACTOR[s.actor]);
}

/**
 * "What's next" on the production, written to the reader: their step with a link to the section where it is taken
 * (or MediaLab's queue), or who acts next; below it the other steps that wait. Derived from the production, its
 * feedback rounds and its bookings as the page reads them.
 */
export function ProductionNextStepCard({ production: p, user }: { production: Production; user: CurrentUser }) {
  const { t, locale } = useI18n();
  const feedback = useFeedback(p.moocId);
  const bookings = useBookings(p.moocId);
  const { next, others } = productionNextStep(p, { feedback: feedback.data, bookings: bookings.data, roles: user.roles });
  const mine = next.actor === 'you';
  const place = next.place;
  const action =
    place &&
    ('tab' in place ? (
      <Link className="button" to={productionTabPath(p.moocId, place.tab)} data-testid="production-next-action" data-tab={place.tab}>
        {t(GO[place.tab])}
      </Link>
    ) : (
      <Link className="button" to={place.path} data-testid="production-next-action">
        {t('productionNext.go.medialab')}
      </Link>
    ));
  return (
    <NextStepCard
      who={whoTakes(t, next)}
      mine={mine}
      what={describeProductionStep(t, locale, next)}
      action={action}
      actor={next.actor}
      stepAction={next.kind}
      headingId="production-next-heading"
      testId="production-next-step"
    >
      {others.length > 0 && (
        <>
          <h3 id="production-next-others">{t('productionNext.others')}</h3>
          <ul aria-labelledby="production-next-others" data-testid="production-next-others">
            {others.map((s, i) => (
              <li key={`${s.kind}-${i}`} data-kind={s.kind} data-mine={String(s.actor === 'you')}>
                {describeProductionStep(t, locale, s)}
              </li>
            ))}
          </ul>
        </>
      )}
    </NextStepCard>
  );
}
