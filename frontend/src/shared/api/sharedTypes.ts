/**
 * The API shapes every service shares: a page of a list and RFC 9457 problem details (the same `Page` and `Problem`
 * schemas in every service's document; read here from proposal-service's).
 */
import type { components } from './generated/proposal';
import type { Known, View } from './wire';

type Schemas = components['schemas'];

/** One page of a list, as every service pages (items, page from 0, size, total). */
export type Page<T> = Omit<View<Schemas['ProposalPage']>, 'items'> & { items: T[] };

/** RFC 9457 problem details, as every service returns them (the same `Problem` schema in every document). */
export type FieldProblem = Schemas['FieldError'];
/** A quality-assurance gate that blocks the launch, as a refused launch lists it. */
export type UnmetGate = Schemas['UnmetGate'];
/**
 * The problem of an error answer; the SPA also makes one for an answer that carries none (a gateway's HTML page, no
 * answer at all), so even the members the schema requires may be missing.
 */
export type ProblemDetails = Partial<Omit<Known<Schemas['Problem']>, 'unmetGates'>> & { unmetGates?: UnmetGate[] };
