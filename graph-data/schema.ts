// The Actor Graph JSON v1 format (docs/design.md §4): the types every other module speaks in.

/** Relation types every dataset knows without declaring them. */
export const BUILT_IN_RELATION_TYPES = ['attacked', 'condemned', 'founded', 'allied'] as const;
export type BuiltInRelationType = (typeof BUILT_IN_RELATION_TYPES)[number];

/** Actor kinds every dataset knows without declaring them. */
export const BUILT_IN_ACTOR_KINDS = [
  'state',
  'government',
  'military',
  'militia',
  'coalition',
  'person',
  'facility',
  'organization',
  'other',
] as const;
export type BuiltInActorKind = (typeof BUILT_IN_ACTOR_KINDS)[number];

/** A built-in id or one declared in the dataset's `relationTypes` / `actorKinds`. */
export type RelationTypeId = BuiltInRelationType | (string & {});
export type ActorKindId = BuiltInActorKind | (string & {});

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** Extra fields kept from imported files; anything deeper than a list is kept as JSON text. */
export type AttributeValue = string | number | boolean | readonly (string | number | boolean)[];
export type Attributes = Readonly<Record<string, AttributeValue>>;

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly published?: PartialDate;
  readonly url?: string;
  /** The source's full text (at most 2 MB), whose paragraphs evidence points into. */
  readonly text?: string;
}

export interface RelationTypeDef {
  readonly id: RelationTypeId;
  readonly label: string;
  readonly directed: boolean;
  readonly color?: string;
}

export interface ActorKindDef {
  readonly id: ActorKindId;
  readonly label: string;
  readonly color?: string;
  readonly shape?: string;
}

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly aliases?: readonly string[];
  readonly kind: ActorKindId;
  readonly description?: string;
  /** Id of the actor this one belongs to (an official in a government, a militia in an umbrella). */
  readonly parent?: string;
  readonly position?: Position;
  readonly attributes?: Attributes;
}

export interface Evidence {
  /** Id of an entry in the dataset's `sources`. */
  readonly source: string;
  /** 1-based paragraph of the source that supports the relation, where the source is a text. */
  readonly paragraph?: number;
  /** The sentence (or clause) of the source that supports the relation, verbatim. */
  readonly excerpt?: string;
  /** Only words the source itself quotes someone as saying, verbatim. */
  readonly quote?: string;
}

export interface Relation {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationTypeId;
  readonly date?: PartialDate;
  /** The source implies the date but does not state it. */
  readonly dateInferred?: boolean;
  readonly summary?: string;
  readonly evidence: readonly Evidence[];
  readonly attributes?: Attributes;
}

export interface Dataset {
  readonly format: 'actor-graph';
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly sources: readonly Source[];
  readonly relationTypes?: readonly RelationTypeDef[];
  readonly actorKinds?: readonly ActorKindDef[];
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
}
