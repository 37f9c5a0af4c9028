/**
 * A regex for exactly the decimal numbers 1 to `max`, without leading zeros:
 * every shorter length, then for each digit of `max` the numbers that share
 * its prefix and are smaller at that digit, then `max` itself. A schema that
 * checks with it documents precisely what the server accepts.
 */
export function decimalsUpTo(max: number): RegExp {
  const digits = String(max);
  const shorter = digits.length > 1 ? [`[1-9][0-9]{0,${digits.length - 2}}`] : [];
  const sameLength = [...digits].flatMap((digit, index) => {
    const low = index === 0 ? 1 : 0;
    const high = Number(digit) - 1;
    if (high < low) return [];
    const rest = digits.length - index - 1;
    return [`${digits.slice(0, index)}[${low}-${high}]${rest > 0 ? `[0-9]{${rest}}` : ""}`];
  });
  return new RegExp(`^(?:${[...shorter, ...sameLength, digits].join("|")})$`);
}
