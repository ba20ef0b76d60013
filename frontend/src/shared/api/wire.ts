/**
 * How the SPA reads the generated API types. The documents mark no property of a view required or nullable, but the
 * services (Jackson with its defaults) write every property of a view, null where there is no value; and they read a
 * null in an input as a value left out.
 */

/** A view as the services write it: every property present, and any the document does not require may be null. */
export type View<T> = T extends readonly (infer E)[]
  ? View<E>[]
  : T extends object
    ? { [K in keyof T]-?: undefined extends T[K] ? View<Exclude<T[K], undefined>> | null : View<T[K]> }
    : T;

/** An input as the services read it: a property that may be left out may also be sent as null. */
export type Input<T> = T extends readonly (infer E)[]
  ? Input<E>[]
  : T extends object
    ? { [K in keyof T]: undefined extends T[K] ? Input<Exclude<T[K], undefined>> | null | undefined : Input<T[K]> }
    : T;

/** The named members of a schema that also allows others (`additionalProperties`): the ones the SPA may read. */
export type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/** An input as the documents type it: the nulls of an `Input` left as the value left out they stand for. */
export type Sent<T> = T extends readonly (infer E)[]
  ? Sent<E>[]
  : T extends object
    ? { [K in keyof T]: Sent<Exclude<T[K], null>> }
    : T;

/** The body of a typed call: an input with its nulls, sent as they are (the services read them as left out). */
export function sent<T>(input: T): Sent<T> {
  return input as Sent<T>;
}

/**
 * A view whose properties `K` the services always set (ids, names, states): what the SPA relies on beyond the
 * documents, which mark no property of a view required. Naming a property the schema lacks fails the typecheck.
 */
export type Present<T, K extends keyof T> = T & { [P in K]: NonNullable<T[P]> };

/** A view whose nested views are the SPA's refined types (e.g. a proposal's `instructor` a `PersonRef`). */
export type With<T, R extends Partial<Record<keyof T, unknown>>> = Omit<T, keyof R> & R;
