import { describe, expect, it } from 'vitest';
import { phaseRefusal, WRITE_RULES, type Write } from '../../src/domain/access.js';
import { PHASES } from '../../src/domain/phases.js';
import { phaseRefused } from '../../src/services/errors.js';

const WRITES = Object.keys(WRITE_RULES) as Write[];

describe('phase rules', () => {
  it('refuse every write once reported, with round-reported', () => {
    for (const write of WRITES) {
      expect(WRITE_RULES[write].phases).not.toContain('reported');
      expect(phaseRefusal(write, 'reported'), write).toBe('round-reported');
    }
  });

  it('open each write in exactly its listed phases and name the refusal elsewhere', () => {
    const open = (write: Write) => PHASES.filter((phase) => phaseRefusal(write, phase) === null);
    expect(open('cases')).toEqual(['scoping', 'panel', 'calibration']);
    expect(open('form')).toEqual(['scoping', 'panel', 'calibration']);
    expect(open('ratings')).toEqual(['rating']);
    expect(open('improvementAnswers')).toEqual(['rating']);
    expect(open('focusPoints')).toEqual(['discussion', 'follow_up']);
    expect(open('members.addPanelist')).toEqual(['scoping', 'panel', 'calibration', 'rating']);
    expect(open('members.reissueLink')).toEqual(PHASES.filter((p) => p !== 'reported'));
    expect(open('members.remove')).toEqual(['scoping', 'panel', 'calibration']);
    expect(open('members.addStaff')).toEqual(PHASES.filter((p) => p !== 'reported'));
    expect(phaseRefusal('members.addPanelist', 'discussion')).toBe('panelist-add-closed');
    expect(phaseRefusal('members.remove', 'discussion')).toBe('member-remove-closed');
    expect(phaseRefusal('form', 'rating')).toBe('phase-closed');
  });

  it('explain a refusal in Danish, naming the phases the write is open in', () => {
    const error = phaseRefused('phase-closed', 'ratings', 'discussion');
    expect(error).toMatchObject({ status: 409, code: 'phase-closed', title: 'Ikke muligt i denne fase' });
    expect(error.detail).toBe(
      'Det er kun muligt at vurdere sagerne i fasen rating; auditforløbet er i fasen discussion.',
    );
    expect(phaseRefused('member-remove-closed', 'members.remove', 'rating').detail).toBe(
      'Det er kun muligt at fjerne medlemmer af panelet i faserne scoping, panel og calibration; auditforløbet er i fasen rating.',
    );
  });
});
