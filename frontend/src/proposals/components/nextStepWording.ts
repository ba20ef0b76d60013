import { can } from '../../shared/api/permissions';
import type { CurrentUser } from '../../shared/auth/roles';
import type { MessageKey } from '../../shared/i18n/translate';
import type { NextAction, NextActor, Permission, Proposal } from '../api/types';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** One step the proposal waits for, as the server names it. */
export interface Step {
  actor: NextActor | string | null | undefined;
  action: NextAction | string | null | undefined;
}

/** The permission that lets the reader take a step; the server sets it only when the step is theirs now. */
export const STEP_PERMISSION: Partial<Record<string, Permission>> = {
  COMPLETE_APPLICATION: 'EDIT',
  REVISE: 'EDIT',
  REQUEST_CONSULTATION: 'REQUEST_CONSULTATION',
  ASSIGN_CONSULTANT: 'ASSIGN_CONSULTANT',
  RECORD_CONSULTATION: 'RECORD_CONSULTATION',
  REQUEST_ENDORSEMENTS: 'REQUEST_ENDORSEMENTS',
  APPROVE: 'DECIDE_BOARD_APPROVAL',
  SIGN: 'SIGN',
  SUBMIT: 'SUBMIT',
};

/**
 * Whether the step is the reader's: by the server's permission where the step has one; producing the course is the
 * proposal's instructor's.
 */
export function isReadersStep(step: Step, p: Proposal, reader: CurrentUser | null): boolean {
  const permission = step.action ? STEP_PERMISSION[step.action] : undefined;
  if (permission) return can(p, permission);
  return step.action === 'PRODUCE' && step.actor === 'INSTRUCTOR' && !!reader?.id && reader.id === p.instructor?.id;
}

const GROUP_KEYS: Record<string, MessageKey> = {
  INSTRUCTOR: 'next.who.INSTRUCTOR',
  LEARNINGLAB: 'next.who.LEARNINGLAB',
  CONSULTANT: 'next.who.CONSULTANT',
  STUDY_BOARD: 'next.who.STUDY_BOARD',
  HEAD_OF_DEPARTMENT: 'next.who.HEAD_OF_DEPARTMENT',
  COMMITTEE: 'next.who.COMMITTEE',
};

/** Who acts, as the reader knows them: "You", the instructor or consultant by name, otherwise the body. */
export function whoActs(t: T, step: Step, p: Proposal, mine: boolean): string {
  if (mine) return t('next.who.you');
  const person =
    step.actor === 'INSTRUCTOR' ? p.instructor?.name : step.actor === 'CONSULTANT' ? p.consultation?.consultant?.name : undefined;
  if (person) return t('next.who.named', { name: person, role: t(step.actor === 'INSTRUCTOR' ? 'next.role.INSTRUCTOR' : 'next.role.CONSULTANT') });
  const key = step.actor ? GROUP_KEYS[step.actor] : undefined;
  return key ? t(key) : t('next.who.other', { code: step.actor ?? '' });
}

const YOU: Record<string, MessageKey> = {
  COMPLETE_APPLICATION: 'next.you.COMPLETE_APPLICATION',
  REQUEST_CONSULTATION: 'next.you.REQUEST_CONSULTATION',
  ASSIGN_CONSULTANT: 'next.you.ASSIGN_CONSULTANT',
  RECORD_CONSULTATION: 'next.you.RECORD_CONSULTATION',
  REQUEST_ENDORSEMENTS: 'next.you.REQUEST_ENDORSEMENTS',
  APPROVE: 'next.you.APPROVE',
  SIGN: 'next.you.SIGN',
  REVISE: 'next.you.REVISE',
  SUBMIT: 'next.you.SUBMIT',
  AWAIT_REVIEW: 'next.you.AWAIT_REVIEW',
  PRODUCE: 'next.you.PRODUCE',
};

const THEY: Record<string, MessageKey> = {
  COMPLETE_APPLICATION: 'next.they.COMPLETE_APPLICATION',
  REQUEST_CONSULTATION: 'next.they.REQUEST_CONSULTATION',
  ASSIGN_CONSULTANT: 'next.they.ASSIGN_CONSULTANT',
  RECORD_CONSULTATION: 'next.they.RECORD_CONSULTATION',
  REQUEST_ENDORSEMENTS: 'next.they.REQUEST_ENDORSEMENTS',
  APPROVE: 'next.they.APPROVE',
  SIGN: 'next.they.SIGN',
  REVISE: 'next.they.REVISE',
  SUBMIT: 'next.they.SUBMIT',
  AWAIT_REVIEW: 'next.they.AWAIT_REVIEW',
  PRODUCE: 'next.they.PRODUCE',
};

/** A step as a sentence to the reader: "You sign next.", "Ida Jensen (instructor) revises the application next." */
export function describeStep(t: T, step: Step, p: Proposal, mine: boolean): string {
  if (step.action === 'NONE' || step.actor === 'NOBODY') return t('next.none');
  const who = whoActs(t, step, p, mine);
  const key = step.action ? (mine ? YOU : THEY)[step.action] : undefined;
  if (key) return t(key, { who });
  return t(mine ? 'next.you.other' : 'next.they.other', { who, code: step.action ?? '' });
}
