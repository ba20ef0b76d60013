import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { documentedEnum } from '../../test/documentedEnums';
import { gates } from '../../test/productionFixtures';
import { renderWithI18n } from '../../test/render';
import { da } from '../../shared/i18n/da';
import { en } from '../../shared/i18n/en';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import { GateChecklist } from '../components/QualitySection';
import { formatGateReason } from './productionFormat';

const tEn = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const tDa = (key: MessageKey, params?: Record<string, string | number>) => translate('da', key, params);

describe('the quality gates’ states', () => {
  const codes = documentedEnum('production', 'QaGateReason');

  it.each(codes)('%s has an English and a Danish wording', (code) => {
    expect(en).toHaveProperty(`gateReason.${code}`);
    expect(da).toHaveProperty(`gateReason.${code}`);
    for (const t of [tEn, tDa]) {
      const text = formatGateReason(t, 'en-GB', code, {});
      expect(text).not.toBe(t('code.unknown'));
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('words the parameters, dates per locale', () => {
    expect(formatGateReason(tDa, 'da-DK', 'USER_TEST_RECORDED', { testedOn: '2027-08-02' })).toBe(
      `Brugertest den ${new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 7, 2)))} registreret`,
    );
    expect(formatGateReason(tEn, 'en-GB', 'LAUNCH_DECLINED', { comment: 'Shorten week 3.' })).toBe('The study board declined the launch: Shorten week 3.');
    expect(formatGateReason(tEn, 'en-GB', 'FEEDBACK_ROUND_OPEN', { round: 'TEACHING_PLAN' })).toBe('The feedback round on the teaching plan is still open');
    // a round this client does not know: the round left unnamed, not shown as a code
    expect(formatGateReason(tEn, 'en-GB', 'FEEDBACK_ROUND_OPEN', { round: 'TRAILER' })).toBe('The feedback round is still open');
  });

  it('reads a state this client does not know neutrally, with its values', () => {
    expect(formatGateReason(tEn, 'en-GB', 'CAPTIONS_MISSING', { videos: '3' })).toBe('Update: 3');
    expect(formatGateReason(tDa, 'da-DK', 'CAPTIONS_MISSING', {})).toBe('Opdatering');
    expect(formatGateReason(tDa, 'da-DK', null, null)).toBe('');
  });

  it('shows each gate’s reason in Danish with its parameters', () => {
    renderWithI18n(
      <>
        <h2 id="g">Kvalitetsporte</h2>
        <GateChecklist gates={gates()} headingId="g" />
      </>,
      'da',
    );
    const detail = (key: string) => screen.getByTestId(`gate-${key}`).querySelector('[data-testid="gate-detail"]')?.textContent;
    expect(detail('MANDATORY_MILESTONES')).toBe(' – Endnu ikke nået: Pilot module, Video recording');
    expect(detail('FEEDBACK_TEACHING_PLAN')).toBe(' – Feedbackrunden på undervisningsplanen er afsluttet');
    expect(detail('FEEDBACK_MATERIAL')).toBe(' – Feedbackrunden på materialet er stadig åben');
    expect(detail('USER_TEST')).toBe(' – Ingen brugertest registreret; anbefales også, når MOOC’en bygger på et eksisterende kursus');
    expect(detail('BOARD_LAUNCH_APPROVAL')).toBe(' – Studienævnets godkendelse af lanceringen er ikke anmodet om');
  });
});
