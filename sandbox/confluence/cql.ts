import { badRequest } from './errors';
import type { PropertyIndexSpec } from './property-index';

/**
 * The subset of CQL the app uses, compiled to SQL over the indexed tables (labels,
 * property_index), so searches never scan page bodies, except `text ~`, which Confluence
 * answers from its full-text index and the sandbox from a LIKE over titles and bodies.
 * Supported: label, space(.key), space.id, type, title (=, ~), text ~, id, parent, creator,
 * content.property[key].path and the declared search aliases, with and/or/not, parentheses,
 * in (...), and `order by` lastmodified|created|title|id.
 */

type Token =
  | { kind: 'word'; value: string }
  | { kind: 'string'; value: string }
  | { kind: 'op'; value: string }
  | { kind: 'punct'; value: '(' | ')' | ',' };

function tokenize(cql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < cql.length) {
    const c = cql[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < cql.length && cql[j] !== c) {
        if (cql[j] === '\\' && j + 1 < cql.length) j++;
        value += cql[j++];
      }
      if (j >= cql.length) throw badRequest(`Could not parse cql : ${cql} (unterminated string)`);
      tokens.push({ kind: 'string', value });
      i = j + 1;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'punct', value: c });
      i++;
    } else if (/[=!~<>]/.test(c)) {
      const two = cql.slice(i, i + 2);
      const op = ['!=', '!~', '>=', '<='].includes(two) ? two : c;
      if (op === '!') throw badRequest(`Could not parse cql : ${cql}`);
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    } else {
      let j = i;
      let depth = 0;
      while (j < cql.length) {
        const d = cql[j];
        if (d === '[') depth++;
        else if (d === ']') depth--;
        else if (depth === 0 && (/\s/.test(d) || /[()=!~<>,"']/.test(d))) break;
        j++;
      }
      tokens.push({ kind: 'word', value: cql.slice(i, j) });
      i = j;
    }
  }
  return tokens;
}

export interface CompiledCql {
  /** Boolean SQL over the pages table aliased `p`. */
  where: string;
  params: unknown[];
  orderBy: string;
  /** Only `type = page` can match: the sandbox stores no blog posts, comments or attachments as content. */
  matchesNothing: boolean;
}

const ORDER_COLUMNS: Record<string, string> = {
  lastmodified: 'p.version_at',
  created: 'p.created_at',
  title: 'p.title',
  id: 'p.id',
};

export function compileCql(cql: string, indexes: PropertyIndexSpec[]): CompiledCql {
  const tokens = tokenize(cql);
  let pos = 0;
  const fail = (why: string): never => {
    throw badRequest(`Could not parse cql : ${cql} (${why})`);
  };
  const peek = () => tokens[pos];
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.value.toLowerCase() === w;
  const params: unknown[] = [];

  const value = (): string => {
    const t = tokens[pos++];
    if (!t || (t.kind !== 'string' && t.kind !== 'word')) return fail('expected a value');
    if (t.kind === 'word' && /\(\)$/.test(t.value)) return fail(`function ${t.value} is not supported by the sandbox`);
    return t.value;
  };

  const values = (): string[] => {
    const t = tokens[pos];
    if (t?.kind === 'punct' && t.value === '(') {
      pos++;
      const out = [value()];
      while (tokens[pos]?.kind === 'punct' && tokens[pos].value === ',') {
        pos++;
        out.push(value());
      }
      if (!(tokens[pos]?.kind === 'punct' && tokens[pos].value === ')')) fail('expected )');
      pos++;
      return out;
    }
    return [value()];
  };

  const placeholders = (vs: unknown[]) => {
    params.push(...vs);
    return vs.map(() => '?').join(', ');
  };

  const setOp = (op: string, vs: unknown[], column: string): string => {
    if (op === '=' || op === 'in') return `${column} IN (${placeholders(vs)})`;
    if (op === '!=' || op === 'not in') return `${column} NOT IN (${placeholders(vs)})`;
    return fail(`operator ${op} is not supported here`);
  };

  const propertyClause = (propKey: string, path: string, op: string, vs: string[]): string => {
    const spec = indexes.find((s) => s.propertyKey === propKey);
    const declared = spec?.values.find((v) => v.path === path);
    if (!spec || !declared) {
      return fail(`content.property[${propKey}].${path} is not declared by a confluence:contentProperty module`);
    }
    const numeric = declared.type === 'number';
    const column = numeric ? 'value_num' : 'value_text';
    const typed = vs.map((v) => {
      if (!numeric) return v;
      const n = Number(v);
      return Number.isNaN(n) ? fail(`${path} is a number; '${v}' is not`) : n;
    });
    // `p.id IN (SELECT page_id ...)` lets SQLite drive the query from the property index.
    params.push(propKey, path);
    let negate = false;
    let cond: string;
    switch (op) {
      case '!=':
      case 'not in':
        negate = true;
      // falls through
      case '=':
      case 'in':
        cond = `pi.${column} IN (${placeholders(typed)})`;
        break;
      case '<':
      case '>':
      case '<=':
      case '>=':
        cond = `pi.${column} ${op} ${placeholders([typed[0]])}`;
        break;
      case '!~':
        negate = true;
      // falls through
      case '~':
        cond = `pi.value_text LIKE ${placeholders([`%${vs[0]}%`])}`;
        break;
      default:
        return fail(`operator ${op}`);
    }
    const sql = `p.id IN (SELECT pi.page_id FROM property_index pi WHERE pi.prop_key = ? AND pi.path = ? AND ${cond})`;
    return negate ? `NOT ${sql}` : sql;
  };

  let matchesNothing = false;

  const clause = (): string => {
    const fieldTok = tokens[pos++];
    if (!fieldTok || fieldTok.kind !== 'word') return fail('expected a field');
    const field = fieldTok.value;
    let op: string;
    const t = peek();
    if (t?.kind === 'op') {
      op = t.value;
      pos++;
    } else if (isWord(t, 'in')) {
      op = 'in';
      pos++;
    } else if (isWord(t, 'not') && isWord(tokens[pos + 1], 'in')) {
      op = 'not in';
      pos += 2;
    } else {
      return fail(`expected an operator after ${field}`);
    }
    const vs = values();
    const lower = field.toLowerCase();
    const prop = /^content\.property\[([^\]]+)\]\.(.+)$/i.exec(field);
    if (prop) return propertyClause(prop[1], prop[2], op, vs);
    const alias = indexes.flatMap((s) => s.values.map((v) => ({ s, v }))).find(({ v }) => v.searchAlias?.toLowerCase() === lower);
    if (alias) return propertyClause(alias.s.propertyKey, alias.v.path, op, vs);
    switch (lower) {
      case 'label':
      case 'labeltext': {
        const names = vs.map((v) => v.toLowerCase().replace(/^global:/, ''));
        // Driven by the labels(name, page_id) index: no scan over pages.
        const inner = `p.id IN (SELECT l.page_id FROM labels l WHERE l.name IN (${placeholders(names)}))`;
        if (op === '=' || op === 'in') return inner;
        if (op === '!=' || op === 'not in') return `NOT ${inner}`;
        return fail(`operator ${op} on label`);
      }
      case 'space':
      case 'space.key':
        return setOp(op, vs, '(SELECT s.key FROM spaces s WHERE s.id = p.space_id)');
      case 'space.id':
        return setOp(op, vs.map(Number), 'p.space_id');
      case 'id':
      case 'content':
        return setOp(op, vs.map(Number), 'p.id');
      case 'parent':
        return setOp(op, vs.map(Number), 'p.parent_id');
      case 'creator':
        return setOp(op, vs, 'p.author_id');
      case 'type': {
        const types = vs.map((v) => v.toLowerCase());
        const pageMatches = types.includes('page');
        const positive = op === '=' || op === 'in';
        if (positive ? !pageMatches : pageMatches) matchesNothing = true;
        return '1 = 1';
      }
      case 'title':
        if (op === '~' || op === '!~') {
          const like = `p.title LIKE ${placeholders([`%${vs[0]}%`])}`;
          return op === '~' ? like : `NOT ${like}`;
        }
        return setOp(op, vs, 'p.title');
      case 'text':
        if (op !== '~') return fail('text supports ~ only');
        return `(p.title LIKE ${placeholders([`%${vs[0]}%`])} OR p.body LIKE ${placeholders([`%${vs[0]}%`])})`;
      default:
        return fail(`field '${field}' is not supported by the sandbox`);
    }
  };

  const primary = (): string => {
    const t = peek();
    if (t?.kind === 'punct' && t.value === '(') {
      pos++;
      const inner = orExpr();
      if (!(peek()?.kind === 'punct' && peek().value === ')')) fail('expected )');
      pos++;
      return `(${inner})`;
    }
    if (isWord(t, 'not')) {
      pos++;
      return `NOT (${primary()})`;
    }
    return clause();
  };

  const andExpr = (): string => {
    const parts = [primary()];
    while (isWord(peek(), 'and')) {
      pos++;
      parts.push(primary());
    }
    return parts.join(' AND ');
  };

  function orExpr(): string {
    const parts = [andExpr()];
    while (isWord(peek(), 'or')) {
      pos++;
      parts.push(andExpr());
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
  }

  if (!tokens.length) fail('empty query');
  const where = isWord(peek(), 'order') ? '1 = 1' : orExpr();
  let orderBy = 'p.id ASC';
  if (isWord(peek(), 'order')) {
    pos++;
    if (!isWord(peek(), 'by')) fail('expected by');
    pos++;
    const fields: string[] = [];
    do {
      if (peek()?.kind === 'punct' && peek().value === ',') pos++;
      const f = tokens[pos++];
      const column = f?.kind === 'word' ? ORDER_COLUMNS[f.value.toLowerCase()] : undefined;
      if (!column) fail(`cannot order by ${f?.value}`);
      let dir = 'ASC';
      if (isWord(peek(), 'asc') || isWord(peek(), 'desc')) dir = tokens[pos++].value.toUpperCase();
      fields.push(`${column} ${dir}`);
    } while (peek()?.kind === 'punct' && peek().value === ',');
    orderBy = [...fields, 'p.id ASC'].join(', ');
  }
  if (pos < tokens.length) fail(`unexpected '${tokens[pos].value}'`);
  return { where, params, orderBy, matchesNothing };
}
