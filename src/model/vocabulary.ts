// The look and wording of relation types and actor kinds: built-ins plus what a dataset declares.
import {
  BUILT_IN_ACTOR_KINDS,
  BUILT_IN_RELATION_TYPES,
  type ActorKindDef,
  type Dataset,
  type RelationTypeDef,
} from '../../graph-data/schema';

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface RelationTypeStyle extends Required<RelationTypeDef> {
  readonly lineStyle: LineStyle;
}

export type ActorKindStyle = Required<ActorKindDef>;

/** Colours chosen to stay apart for colour-blind readers; line styles keep types apart in greyscale. */
const BUILT_IN_TYPE_STYLES: Record<string, RelationTypeStyle> = {
  attacked: {
    id: 'attacked',
    label: 'attacked',
    directed: true,
    color: '#d62728',
    lineStyle: 'solid',
  },
  condemned: {
    id: 'condemned',
    label: 'condemned',
    directed: true,
    color: '#9467bd',
    lineStyle: 'dashed',
  },
  founded: {
    id: 'founded',
    label: 'founded',
    directed: true,
    color: '#2ca02c',
    lineStyle: 'dotted',
  },
  allied: { id: 'allied', label: 'allied', directed: false, color: '#1f77b4', lineStyle: 'solid' },
};

/** Cytoscape node shapes, one per kind, so kinds read without colour. */
const BUILT_IN_KIND_STYLES: Record<string, ActorKindStyle> = {
  state: { id: 'state', label: 'state', color: '#4e79a7', shape: 'round-rectangle' },
  government: { id: 'government', label: 'government', color: '#59a14f', shape: 'rectangle' },
  military: { id: 'military', label: 'military', color: '#e15759', shape: 'triangle' },
  militia: { id: 'militia', label: 'militia', color: '#f28e2b', shape: 'diamond' },
  coalition: { id: 'coalition', label: 'coalition', color: '#b07aa1', shape: 'hexagon' },
  person: { id: 'person', label: 'person', color: '#76b7b2', shape: 'ellipse' },
  facility: { id: 'facility', label: 'facility', color: '#9c755f', shape: 'barrel' },
  organization: { id: 'organization', label: 'organization', color: '#edc948', shape: 'octagon' },
  other: { id: 'other', label: 'other', color: '#bab0ac', shape: 'round-tag' },
};

/** Colours and styles handed out, in order, to declared types and kinds that bring none. */
const EXTRA_COLORS = [
  '#17becf',
  '#bcbd22',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#393b79',
  '#637939',
  '#8c6d31',
  '#843c39',
  '#7b4173',
];
const EXTRA_LINE_STYLES: readonly LineStyle[] = ['dashed', 'dotted', 'solid'];
const EXTRA_SHAPES = [
  'pentagon',
  'star',
  'vee',
  'rhomboid',
  'tag',
  'round-diamond',
  'round-hexagon',
  'concave-hexagon',
];

export interface Vocabulary {
  readonly relationTypes: readonly RelationTypeStyle[];
  readonly actorKinds: readonly ActorKindStyle[];
  relationType(id: string): RelationTypeStyle;
  actorKind(id: string): ActorKindStyle;
}

const isHexColor = (value: string | undefined): value is string =>
  value !== undefined && /^#[0-9a-f]{6}$/i.test(value);

/** Every relation type and actor kind a dataset can use, built-ins first, with their styles. */
export function vocabularyOf(dataset: Pick<Dataset, 'relationTypes' | 'actorKinds'>): Vocabulary {
  const types = new Map<string, RelationTypeStyle>(
    BUILT_IN_RELATION_TYPES.map((id) => [id, BUILT_IN_TYPE_STYLES[id]!]),
  );
  let extra = 0;
  for (const def of dataset.relationTypes ?? []) {
    const base = types.get(def.id);
    const n = extra;
    if (!base) extra += 1;
    types.set(def.id, {
      id: def.id,
      label: def.label || def.id,
      directed: def.directed,
      color: isHexColor(def.color)
        ? def.color
        : (base?.color ?? EXTRA_COLORS[n % EXTRA_COLORS.length]!),
      lineStyle: base?.lineStyle ?? EXTRA_LINE_STYLES[n % EXTRA_LINE_STYLES.length]!,
    });
  }
  const kinds = new Map<string, ActorKindStyle>(
    BUILT_IN_ACTOR_KINDS.map((id) => [id, BUILT_IN_KIND_STYLES[id]!]),
  );
  extra = 0;
  for (const def of dataset.actorKinds ?? []) {
    const base = kinds.get(def.id);
    const n = extra;
    if (!base) extra += 1;
    kinds.set(def.id, {
      id: def.id,
      label: def.label || def.id,
      color: isHexColor(def.color)
        ? def.color
        : (base?.color ?? EXTRA_COLORS[(n + 5) % EXTRA_COLORS.length]!),
      shape: def.shape ?? base?.shape ?? EXTRA_SHAPES[n % EXTRA_SHAPES.length]!,
    });
  }
  const other = BUILT_IN_KIND_STYLES.other!;
  return {
    relationTypes: [...types.values()],
    actorKinds: [...kinds.values()],
    relationType: (id) =>
      types.get(id) ?? { id, label: id, directed: true, color: '#7f7f7f', lineStyle: 'solid' },
    actorKind: (id) => kinds.get(id) ?? other,
  };
}

/** The relation types a dataset's relations actually use, in vocabulary order. */
export function relationTypesInUse(
  vocabulary: Vocabulary,
  dataset: Pick<Dataset, 'relations'>,
): RelationTypeStyle[] {
  const used = new Set(dataset.relations.map((r) => r.type));
  return vocabulary.relationTypes.filter((t) => used.has(t.id));
}
