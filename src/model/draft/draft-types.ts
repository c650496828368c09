// What the drafter proposes (docs/design.md §13): candidate actors and relations, each relation with its evidence.
import type {
  BuiltInActorKind,
  BuiltInRelationType,
  PartialDate,
} from '../../../graph-data/schema';

export interface ActorCandidate {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
  readonly aliases: readonly string[];
  readonly kind: BuiltInActorKind;
  /** How many times the text names or refers to the actor. */
  readonly mentions: number;
}

/** A stretch of the excerpt to mark: the cue, or where it names the source or target. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly role: 'cue' | 'source' | 'target';
}

export interface RelationCandidate {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: BuiltInRelationType;
  readonly directed: boolean;
  readonly date?: PartialDate;
  readonly dateInferred?: boolean;
  /** 1-based paragraph of the text. */
  readonly paragraph: number;
  /** The sentence that supports the relation, verbatim from that paragraph. */
  readonly excerpt: string;
  /** Words the text attributes to a speaker, verbatim. */
  readonly quote?: string;
  /** The word or phrase that produced the candidate ("struck", "Iran-backed", "founder"). */
  readonly cue: string;
  /** Offsets in `excerpt` of the cue and of the actors' names, for the review to mark. */
  readonly marks: readonly Mark[];
}

export interface Draft {
  readonly actors: readonly ActorCandidate[];
  readonly relations: readonly RelationCandidate[];
}

export interface DraftOptions {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: relative dates resolve against it. */
  readonly published?: string;
  /** Called with the share done, 0 to 1, after each paragraph. */
  readonly onProgress?: (fraction: number) => void;
}
