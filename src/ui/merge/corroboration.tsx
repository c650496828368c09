// What a relation's details say about its sources (docs/design.md §14): how many support it, and
// the dates other sources give when they disagree. Small: it is in the initial JavaScript.
import type { Relation } from '../../../graph-data/schema';
import { otherDatesOf, sourceCount } from '../../model/merge/relation-merge';

export function Corroboration({ relation }: { relation: Relation }) {
  const count = sourceCount(relation);
  const others = otherDatesOf(relation);
  return (
    <>
      <p className="corroboration">
        Supported by {count} {count === 1 ? 'source' : 'sources'}
      </p>
      {others.length > 0 && (
        <p className="dates-disagree" role="note">
          ≠ Sources disagree on the date: others give {others.join(', ')}
        </p>
      )}
    </>
  );
}
