const counts = new Map<string, number>();

/**
 * How many values a statement takes, as SQLite counts them: the highest `?N`,
 * with each bare `?` numbered one past the highest before it, plus one per
 * distinct named parameter. String literals, quoted names and comments are
 * skipped. D1 refuses a statement bound with any other number of values.
 */
export function countParameters(sql: string): number {
  let count = counts.get(sql);
  if (count === undefined) {
    count = scan(sql);
    counts.set(sql, count);
  }
  return count;
}

const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|\/\*[\s\S]*?\*\/|\?(\d*)|[:@$]([A-Za-z_][A-Za-z0-9_]*)/g;

function scan(sql: string): number {
  let highest = 0;
  const named = new Set<string>();
  for (const match of sql.matchAll(TOKENS)) {
    const [token, number, name] = match;
    if (token.startsWith("?")) highest = number ? Math.max(highest, Number(number)) : highest + 1;
    else if (name !== undefined) named.add(name);
  }
  return highest + named.size;
}
