/** How many times each round occurs, in round order (rounds that never occur are left out). */
export function countByRound(rounds: readonly number[]): { round: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const round of rounds) counts.set(round, (counts.get(round) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([round, count]) => ({ round, count }));
}
