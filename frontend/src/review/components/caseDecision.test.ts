import { describe, expect, it } from 'vitest';
import type { CaseMember } from '../api/reviewTypes';
import { quorumShortfall, validateDecision } from './caseDecision';

const member = (username: string, assessed: boolean): CaseMember => ({
  username,
  name: username,
  email: null,
  department: null,
  volunteered: false,
  declaration: 'NO_CONFLICT',
  declarationReason: null,
  automaticConflict: null,
  conflicted: false,
  assessed,
});

describe('the quorum of assessments', () => {
  it('falls short while fewer members have assessed than the quorum asks for', () => {
    expect(quorumShortfall({ quorum: 2, members: [member('kirsten', true), member('dan', false)] })).toEqual({
      given: 1,
      quorum: 2,
    });
    expect(quorumShortfall({ quorum: 2, members: [member('kirsten', true), member('cathy', true)] })).toBeNull();
    expect(quorumShortfall({ quorum: 2, members: [] })).toEqual({ given: 0, quorum: 2 });
  });

  it('needs a reason only below the quorum', () => {
    const values = { outcome: 'APPROVED' as const, comments: '', letter: 'Dear Ida', belowQuorumReason: '  ' };
    expect(validateDecision(values, true).belowQuorumReason).toEqual({ key: 'caseDecision.error.reasonRequired' });
    expect(validateDecision(values, false).belowQuorumReason).toBeUndefined();
    expect(validateDecision({ ...values, belowQuorumReason: 'Two members fell ill' }, true)).toEqual({});
    expect(validateDecision({ ...values, belowQuorumReason: 'x'.repeat(2001) }, true).belowQuorumReason).toEqual({
      key: 'form.error.tooLong',
      params: { max: 2000 },
    });
  });
});
