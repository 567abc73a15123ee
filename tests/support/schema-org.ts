import { readFileSync } from 'node:fs';

/** The part of the schema.org vocabulary the site uses (tests/fixtures/schema-org/README.md), or SCHEMAORG_VOCABULARY. */
const SCHEMA_ORG_VOCABULARY = process.env['SCHEMAORG_VOCABULARY'] ?? 'tests/fixtures/schema-org/vocabulary.jsonld';

type Ref = { '@id': string } | { '@id': string }[] | undefined;

/** A type or property as the vocabulary defines it. */
interface Term {
  '@id': string;
  'rdfs:subClassOf'?: Ref;
  'schema:domainIncludes'?: Ref;
  'schema:rangeIncludes'?: Ref;
}

/** Types and properties of the vocabulary by name (`NewsArticle`, `citation`). */
export type Vocabulary = Map<string, Term>;

/** Data types whose values JSON-LD writes as strings. */
const STRING_TYPES = ['Text', 'URL', 'Date', 'DateTime', 'Time'];

const names = (ref: Ref): string[] =>
  ref === undefined ? [] : [ref].flat().map((item) => item['@id'].replace(/^schema:/, ''));

/** Reads the vocabulary file. */
export function loadVocabulary(file = SCHEMA_ORG_VOCABULARY): Vocabulary {
  const graph: Term[] = JSON.parse(readFileSync(file, 'utf8'))['@graph'];
  return new Map(graph.map((node) => [node['@id'].replace(/^schema:/, ''), node]));
}

/** A type and all its supertypes. */
function ancestors(vocabulary: Vocabulary, type: string): string[] {
  return [type, ...names(vocabulary.get(type)?.['rdfs:subClassOf']).flatMap((parent) => ancestors(vocabulary, parent))];
}

/** Problems with one value of a property whose range is `ranges`. */
function checkValue(vocabulary: Vocabulary, value: unknown, ranges: string[], path: string): string[] {
  const within = (types: string[]) => ranges.some((range) => types.includes(range));
  if (typeof value === 'boolean') return within(['Boolean']) ? [] : [`${path}: no boolean allowed (${ranges})`];
  if (typeof value === 'string') {
    const fitsText = ranges.some((range) => ancestors(vocabulary, range).some((type) => STRING_TYPES.includes(type)));
    return fitsText ? [] : [`${path}: no text allowed (${ranges})`];
  }
  const node = value as Record<string, unknown>;
  const type = String(node['@type']);
  if (!within(ancestors(vocabulary, type))) return [`${path}: ${type} is not one of ${ranges}`];
  return checkSchemaOrg(vocabulary, node, path);
}

/**
 * Checks a JSON-LD node against the schema.org vocabulary: its type exists, each property is
 * defined for that type or a supertype, each value fits the property's range. Returns the problems.
 */
export function checkSchemaOrg(vocabulary: Vocabulary, node: Record<string, unknown>, path = '$'): string[] {
  const type = String(node['@type']);
  if (!vocabulary.has(type)) return [`${path}: unknown type ${type}`];
  return Object.entries(node).flatMap(([key, value]) => {
    if (key.startsWith('@')) return [];
    const property = vocabulary.get(key);
    if (!property) return [`${path}.${key}: unknown property`];
    if (!names(property['schema:domainIncludes']).some((domain) => ancestors(vocabulary, type).includes(domain))) {
      return [`${path}.${key}: not a property of ${type}`];
    }
    const ranges = names(property['schema:rangeIncludes']);
    return [value].flat().flatMap((item, index) => checkValue(vocabulary, item, ranges, `${path}.${key}[${index}]`));
  });
}
